import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';

/** The public form and the retention period, as a coordinator sets them. */
export interface GeneralSettings {
  readonly publicFormOpen: boolean;
  readonly publicFormIntro: string | null;
  readonly retentionMonths: number | null;
}

const FIELDS = ['publicFormOpen', 'publicFormIntro', 'retentionMonths'] as const;

/**
 * The organisation's general settings; each change recorded in `organisation_settings_changed`
 * with who, when and per field before and after, like the letter and branding settings.
 */
@Injectable()
export class OrganisationGeneralSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Undefined for an unknown organisation. */
  get(organisationId: string): Promise<GeneralSettings | undefined> {
    return serialRead(this.dataSource, async (em) => {
      const found = await em.findOneBy(OrganisationEntity, { id: organisationId });
      return found ? settingsOf(found) : undefined;
    });
  }

  /** Replaces the settings as a whole; nothing changed, nothing recorded. */
  async change(
    organisationId: string,
    settings: GeneralSettings,
    changedBy: string,
    changedAt: Date,
  ): Promise<void> {
    await serialTransaction(this.dataSource, async (em) => {
      // A write first (see serial-transaction.ts); it changes nothing.
      await em.update(OrganisationEntity, { id: organisationId }, { id: organisationId });
      const current = await em.findOneByOrFail(OrganisationEntity, { id: organisationId });
      const before = settingsOf(current);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of FIELDS) {
        if (before[field] !== settings[field]) {
          changes[field] = { from: before[field], to: settings[field] };
        }
      }
      if (Object.keys(changes).length === 0) return;
      await em.update(OrganisationEntity, { id: organisationId }, { ...settings });
      await em.insert(OrganisationSettingsChangeEntity, {
        id: randomUUID(),
        organisationId,
        changedBy,
        changedAt,
        changes: JSON.stringify(changes),
      });
    });
  }
}

function settingsOf(organisation: OrganisationEntity): GeneralSettings {
  return {
    publicFormOpen: organisation.publicFormOpen,
    publicFormIntro: organisation.publicFormIntro ?? null,
    retentionMonths: organisation.retentionMonths ?? null,
  };
}
