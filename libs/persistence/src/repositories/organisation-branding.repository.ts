import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationLogoEntity } from '../entities/organisation-logo.entity.js';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import { lockOrganisation } from '../storage/organisation-lock.js';

/** What the requester's pages show of an organisation besides its name. */
export interface OrganisationBranding {
  readonly primaryColour: string | null;
  readonly privacyStatement: string | null;
  /** The logo's facts, never its bytes; null without a logo. */
  readonly logo: {
    readonly sha256: string;
    readonly width: number;
    readonly height: number;
  } | null;
}

export type BrandingSettings = Pick<OrganisationBranding, 'primaryColour' | 'privacyStatement'>;

/** A checked PNG logo (the domain's `checkPngLogo` said yes). */
export interface LogoUpload {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * The branding of the requester's pages. Each change is recorded in
 * `organisation_settings_changed` in the same transaction, like the letter settings: the colour
 * and statement with their values, the logo by the SHA-256 of its bytes.
 */
@Injectable()
export class OrganisationBrandingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Undefined for an unknown organisation. */
  async get(organisationId: string): Promise<OrganisationBranding | undefined> {
    return serialRead(this.dataSource, (em) => read(em, organisationId));
  }

  /** The logo's bytes and hash, for its route; undefined without one. */
  async logo(organisationId: string): Promise<{ png: Buffer; sha256: string } | undefined> {
    const row = await serialRead(this.dataSource, (em) =>
      em.findOneBy(OrganisationLogoEntity, { organisationId }),
    );
    return row ? { png: Buffer.from(row.pngBase64, 'base64'), sha256: row.sha256 } : undefined;
  }

  /** Replaces the colour and statement; false for an unknown organisation. */
  async change(
    organisationId: string,
    settings: BrandingSettings,
    changedBy: string,
    changedAt: Date,
  ): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const current = await em.findOneBy(OrganisationEntity, { id: organisationId });
      if (!current) return false;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const next = {
        brandColour: settings.primaryColour,
        privacyStatement: settings.privacyStatement,
      };
      for (const field of ['brandColour', 'privacyStatement'] as const) {
        if ((current[field] ?? null) !== next[field]) {
          changes[field] = { from: current[field] ?? null, to: next[field] };
        }
      }
      if (Object.keys(changes).length > 0) {
        await em.update(OrganisationEntity, { id: organisationId }, next);
        await record(em, organisationId, changes, changedBy, changedAt);
      }
      return true;
    });
  }

  /** Sets (or with null removes) the logo; false for an unknown organisation. */
  async replaceLogo(
    organisationId: string,
    logo: LogoUpload | null,
    changedBy: string,
    changedAt: Date,
  ): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      if (!(await lockOrganisation(em, organisationId))) return false;
      const current = await em.findOneBy(OrganisationLogoEntity, { organisationId });
      const sha256 = logo ? createHash('sha256').update(logo.png).digest('hex') : null;
      if ((current?.sha256 ?? null) === sha256) return true;
      if (current) await em.delete(OrganisationLogoEntity, { organisationId });
      if (logo && sha256) {
        await em.insert(OrganisationLogoEntity, {
          organisationId,
          sha256,
          width: logo.width,
          height: logo.height,
          pngBase64: Buffer.from(logo.png).toString('base64'),
          uploadedAt: changedAt,
        });
      }
      await record(
        em,
        organisationId,
        { logo: { from: current?.sha256 ?? null, to: sha256 } },
        changedBy,
        changedAt,
      );
      return true;
    });
  }
}

async function read(
  em: EntityManager,
  organisationId: string,
): Promise<OrganisationBranding | undefined> {
  const organisation = await em.findOneBy(OrganisationEntity, { id: organisationId });
  if (!organisation) return undefined;
  const logo = await em.findOne(OrganisationLogoEntity, {
    where: { organisationId },
    select: { organisationId: true, sha256: true, width: true, height: true },
  });
  return {
    primaryColour: organisation.brandColour ?? null,
    privacyStatement: organisation.privacyStatement ?? null,
    logo: logo ? { sha256: logo.sha256, width: logo.width, height: logo.height } : null,
  };
}

async function record(
  em: EntityManager,
  organisationId: string,
  changes: Record<string, { from: unknown; to: unknown }>,
  changedBy: string,
  changedAt: Date,
): Promise<void> {
  await em.insert(OrganisationSettingsChangeEntity, {
    id: randomUUID(),
    organisationId,
    changedBy,
    changedAt,
    changes: JSON.stringify(changes),
  });
}
