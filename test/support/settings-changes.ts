// The organisation's recorded settings changes, oldest first, as the tests of each settings page
// read them (the `changes` JSON of every organisation_settings_changed row).
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rawQuery } from './raw-sql.js';

export type SettingsChange = Record<string, { from: unknown; to: unknown }>;

/**
 * SQL that leaves out the changes of accounts (`user.<id>.…`: invitations, roles, a user's own
 * second factor), which share the log with the settings: the test users enrol a second factor
 * as they are made, and a test of a settings page is about that page's own changes.
 */
export const NOT_ACCOUNT_CHANGES = `"changes" NOT LIKE '{"user.%'`;

export async function settingsChanges(
  app: INestApplicationContext,
  organisationId: string,
): Promise<SettingsChange[]> {
  const rows = (await rawQuery(
    app.get(DataSource),
    `SELECT "changes" FROM "organisation_settings_changed" WHERE "organisation_id" = ? AND ${NOT_ACCOUNT_CHANGES} ORDER BY "changed_at"`,
    [organisationId],
  )) as { changes: string }[];
  return rows.map((r) => JSON.parse(r.changes) as SettingsChange);
}
