// The organisation's recorded settings changes, oldest first, as the tests of each settings page
// read them (the `changes` JSON of every organisation_settings_changed row).
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rawQuery } from './raw-sql.js';

export type SettingsChange = Record<string, { from: unknown; to: unknown }>;

export async function settingsChanges(
  app: INestApplicationContext,
  organisationId: string,
): Promise<SettingsChange[]> {
  const rows = (await rawQuery(
    app.get(DataSource),
    `SELECT "changes" FROM "organisation_settings_changed" WHERE "organisation_id" = ? ORDER BY "changed_at"`,
    [organisationId],
  )) as { changes: string }[];
  return rows.map((r) => JSON.parse(r.changes) as SettingsChange);
}
