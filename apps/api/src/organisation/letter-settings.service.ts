import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import {
  LETTER_SETTING_FIELDS,
  type LetterSettings,
  OrganisationRepository,
  UnitOfWork,
} from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import type { LetterSettingsDto, LetterSettingsResponse } from './letter-settings.dto.js';

/** How many recorded changes GET shows. */
const CHANGES_SHOWN = 20;

/**
 * The organisation's letter settings as its coordinators run them: read them with their recent
 * changes, and replace them (each change recorded with who and when, in the same transaction).
 * Who may do it is the controller's `@Roles('coordinator')`; the caller's organisation is the
 * only one they reach.
 */
@Injectable()
export class LetterSettingsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly storage: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(actor: Actor): Promise<LetterSettingsResponse> {
    const org = await this.organisations.find(actor.organisationId);
    // The session names an existing organisation (a foreign key); a vanished one is a bug.
    if (!org) throw new Error(`Organisation ${actor.organisationId} not found`);
    const settings = Object.fromEntries(LETTER_SETTING_FIELDS.map((f) => [f, org[f]]));
    const [changes, colleagues] = await Promise.all([
      this.organisations.letterSettingsChanges(org.id, CHANGES_SHOWN),
      this.storage.read((tx) => tx.users.colleagues(org.id)),
    ]);
    const names = new Map(colleagues.map((u) => [u.id, u.name]));
    return {
      name: org.name,
      settings,
      changes: changes.map((c) => ({
        changedBy: c.changedBy,
        changedByName: names.get(c.changedBy) ?? null,
        changedAt: c.changedAt.toISOString(),
        changes: { ...c.changes },
      })),
    };
  }

  async replace(actor: Actor, body: LetterSettingsDto): Promise<LetterSettingsResponse> {
    await this.organisations.changeLetterSettings(
      actor.organisationId,
      settingsOf(body),
      actor.userId,
      this.clock.now(),
    );
    return this.get(actor);
  }
}

/** Blank optional text is no text: stored as null, as the letterhead's "absent". */
function settingsOf(body: LetterSettingsDto): LetterSettings {
  const text = (value: string | null | undefined) =>
    value === undefined || value === null || value.trim() === '' ? null : value.trim();
  return {
    voice: body.voice,
    unit: text(body.unit),
    returnAddress: body.returnAddress.trim(),
    visitingAddress: text(body.visitingAddress),
    postalAddress: text(body.postalAddress),
    website: text(body.website),
    contactEmail: text(body.contactEmail),
    contactPhone: text(body.contactPhone),
    signatoryTitle: body.signatoryTitle.trim(),
    onBehalfLine: text(body.onBehalfLine),
    signatoryName: text(body.signatoryName),
    signatoryPosition: text(body.signatoryPosition),
    objectionAddress: body.objectionAddress.trim(),
    lateDecisionApology: text(body.lateDecisionApology),
  };
}
