import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { listedNamesOf } from '@wobdesk/domain';
import { DataSource } from 'typeorm';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import type { OrganisationRecord } from '../storage/records.js';

/** The letterhead fields of an organisation (everything but the id, counter and timestamps). */
export type OrganisationDetails = Omit<
  OrganisationRecord,
  'id' | 'nextReferenceNumber' | 'createdAt'
>;

/** An organisation to insert: the redaction settings may be left to their defaults. */
/** The settings a new organisation may leave to their defaults. */
type DefaultedSetting =
  'listedNames' | 'bundleMegabytes' | 'publicFormOpen' | 'publicFormIntro' | 'retentionMonths';

export type NewOrganisation = Omit<OrganisationRecord, DefaultedSetting> &
  Partial<Pick<OrganisationRecord, DefaultedSetting>>;

/** What coordinators may change of the letterhead: everything the letters print but the name. */
export const LETTER_SETTING_FIELDS = [
  'voice',
  'unit',
  'returnAddress',
  'visitingAddress',
  'postalAddress',
  'website',
  'contactEmail',
  'contactPhone',
  'signatoryTitle',
  'onBehalfLine',
  'signatoryName',
  'signatoryPosition',
  'objectionAddress',
  'lateDecisionApology',
] as const satisfies readonly (keyof OrganisationDetails)[];
export type LetterSettings = Pick<OrganisationRecord, (typeof LETTER_SETTING_FIELDS)[number]>;

/** One recorded change of the letter settings: per changed field, the value before and after. */
export interface LetterSettingsChange {
  readonly changedBy: string;
  readonly changedAt: Date;
  readonly changes: Readonly<Record<string, { readonly from: unknown; readonly to: unknown }>>;
}

/** Organisations (bestuursorganen) and their letterheads. */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string): Promise<OrganisationRecord | undefined> {
    return (
      (await serialRead(this.dataSource, (em) => em.findOneBy(OrganisationEntity, { id }))) ??
      undefined
    );
  }

  async findByName(name: string): Promise<OrganisationRecord | undefined> {
    return (
      (await serialRead(this.dataSource, (em) =>
        em.findOne(OrganisationEntity, { where: { name }, order: { createdAt: 'ASC' } }),
      )) ?? undefined
    );
  }

  /** The ids of at most `limit` organisations, oldest first (is there exactly one?). */
  async ids(limit: number): Promise<string[]> {
    const rows = await serialRead(this.dataSource, (em) =>
      em.find(OrganisationEntity, {
        select: { id: true },
        order: { createdAt: 'ASC' },
        take: limit,
      }),
    );
    return rows.map((r) => r.id);
  }

  /** A new organisation; the redaction settings left out take the column defaults. */
  async insert(organisation: NewOrganisation): Promise<void> {
    await serialTransaction(this.dataSource, (em) => em.insert(OrganisationEntity, organisation));
  }

  /**
   * Replaces the letter settings and records who changed which field, in one transaction: the
   * audit row exists exactly when the change does. Nothing changed, nothing recorded. Undefined
   * for an unknown organisation.
   */
  async changeLetterSettings(
    id: string,
    settings: LetterSettings,
    changedBy: string,
    changedAt: Date,
  ): Promise<{ settings: LetterSettings; changed: string[] } | undefined> {
    return serialTransaction(this.dataSource, async (em) => {
      const current = await em.findOneBy(OrganisationEntity, { id });
      if (!current) return undefined;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of LETTER_SETTING_FIELDS) {
        if (current[field] !== settings[field]) {
          changes[field] = { from: current[field], to: settings[field] };
        }
      }
      const changed = Object.keys(changes);
      if (changed.length > 0) {
        await em.update(OrganisationEntity, { id }, settings);
        await em.insert(OrganisationSettingsChangeEntity, {
          id: randomUUID(),
          organisationId: id,
          changedBy,
          changedAt,
          changes: JSON.stringify(changes),
        });
      }
      return { settings, changed };
    });
  }

  /**
   * Sets the organisation's TOOI identity (the DiWoo publisher), recorded as a settings change
   * like the letter settings; false for an unknown organisation.
   */
  async changePublisher(
    id: string,
    publisher: Pick<OrganisationRecord, 'tooiUri' | 'tooiLabel'>,
    changedBy: string,
    changedAt: Date,
  ): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const current = await em.findOneBy(OrganisationEntity, { id });
      if (!current) return false;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of ['tooiUri', 'tooiLabel'] as const) {
        if (current[field] !== publisher[field]) {
          changes[field] = { from: current[field], to: publisher[field] };
        }
      }
      if (Object.keys(changes).length > 0) {
        await em.update(OrganisationEntity, { id }, publisher);
        await em.insert(OrganisationSettingsChangeEntity, {
          id: randomUUID(),
          organisationId: id,
          changedBy,
          changedAt,
          changes: JSON.stringify(changes),
        });
      }
      return true;
    });
  }

  /**
   * Sets the redaction settings (the listed names, stored one per line, and the default bundle
   * size), recorded as a settings change like the letter settings; false for an unknown
   * organisation. The names are recorded as lists, so the change shows who was added or removed.
   */
  async changeRedactionSettings(
    id: string,
    settings: Pick<OrganisationRecord, 'listedNames' | 'bundleMegabytes'>,
    changedBy: string,
    changedAt: Date,
  ): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const current = await em.findOneBy(OrganisationEntity, { id });
      if (!current) return false;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (current.listedNames !== settings.listedNames) {
        changes.listedNames = {
          from: listedNamesOf(current.listedNames),
          to: listedNamesOf(settings.listedNames),
        };
      }
      if (current.bundleMegabytes !== settings.bundleMegabytes) {
        changes.bundleMegabytes = { from: current.bundleMegabytes, to: settings.bundleMegabytes };
      }
      if (Object.keys(changes).length > 0) {
        await em.update(OrganisationEntity, { id }, settings);
        await em.insert(OrganisationSettingsChangeEntity, {
          id: randomUUID(),
          organisationId: id,
          changedBy,
          changedAt,
          changes: JSON.stringify(changes),
        });
      }
      return true;
    });
  }

  /** The recorded changes of the letter settings, newest first. */
  async letterSettingsChanges(id: string, limit: number): Promise<LetterSettingsChange[]> {
    // The log also holds users, the second factor, feeds and the house style: only rows that
    // change a letter setting, and of those only the letter settings. A field is a top-level key,
    // so its JSON reads `"voice":{"from"` (a nested value such as an invited user's name never
    // has `{"from"` after it).
    const patterns = Object.fromEntries(
      LETTER_SETTING_FIELDS.map((field, i) => [`field${i}`, `%"${field}":{"from"%`]),
    );
    const anyField = Object.keys(patterns)
      .map((name) => `change.changes LIKE :${name}`)
      .join(' OR ');
    const rows = await serialRead(this.dataSource, (em) =>
      em
        .createQueryBuilder(OrganisationSettingsChangeEntity, 'change')
        .where('change.organisationId = :id', { id })
        .andWhere(`(${anyField})`, patterns)
        .orderBy('change.changedAt', 'DESC')
        .take(limit)
        .getMany(),
    );
    const letterField = new Set<string>(LETTER_SETTING_FIELDS);
    return rows.map((r) => ({
      changedBy: r.changedBy,
      changedAt: r.changedAt,
      changes: Object.fromEntries(
        Object.entries(JSON.parse(r.changes) as LetterSettingsChange['changes']).filter(([key]) =>
          letterField.has(key),
        ),
      ),
    }));
  }

  /** Updates the letterhead; the reference counter is left alone. */
  async updateDetails(id: string, details: Partial<OrganisationDetails>): Promise<void> {
    await serialTransaction(this.dataSource, (em) =>
      em.update(OrganisationEntity, { id }, details),
    );
  }
}
