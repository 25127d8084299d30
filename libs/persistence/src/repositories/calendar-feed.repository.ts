import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FeedDateRow } from '@wobdesk/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity.js';
import { OrganisationSettingsChangeEntity } from '../entities/organisation-settings-change.entity.js';
import { RequestEntity } from '../entities/request.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import { lockOrganisation } from '../storage/organisation-lock.js';

/** A calendar feed as stored: never its token. */
export interface CalendarFeedRecord {
  readonly id: string;
  readonly organisationId: string;
  /** The clerk whose requests it shows; null for the organisation's feed. */
  readonly ownerId: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly revokedBy: string | null;
  readonly revokedAt: Date | null;
}

/** A request row as a feed reads it: its stored dates and what names and versions the events. */
export interface CalendarFeedRequestRow extends FeedDateRow {
  readonly id: string;
  readonly reference: string;
  readonly subject: string;
  /** Raised by every change of the request: the events' SEQUENCE. */
  readonly version: number;
  readonly updatedAt: Date;
}

/** The stored date columns a feed shows; a request is in the feed when one is in its window. */
const FEED_COLUMNS = [
  'decision_deadline',
  'first_term_end',
  'clarification_deadline',
  'disclosure_date',
  'objection_window_ends_on',
  'objection_decision_deadline',
  'notice_of_default_two_weeks_end',
  'hearing_on',
  'appeal_window_ends_on',
] as const;

/** At most this many requests in one feed, so a feed stays a small download. */
export const CALENDAR_FEED_MAX_REQUESTS = 2000;

/**
 * The secret calendar feed URLs and the rows they show. Making or revoking a feed is a change of
 * the organisation's settings, recorded with who and when in `organisation_settings_changed`.
 */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The feeds not revoked: the organisation's and the given clerk's. */
  async active(organisationId: string, userId: string): Promise<CalendarFeedRecord[]> {
    return serialRead(this.dataSource, (em) =>
      em.find(CalendarFeedEntity, {
        where: [
          { organisationId, ownerId: IsNull(), revokedAt: IsNull() },
          { organisationId, ownerId: userId, revokedAt: IsNull() },
        ],
      }),
    );
  }

  async find(id: string): Promise<CalendarFeedRecord | undefined> {
    return (
      (await serialRead(this.dataSource, (em) => em.findOneBy(CalendarFeedEntity, { id }))) ??
      undefined
    );
  }

  /** The feed a token opens: none when unknown or revoked. */
  async byTokenHash(tokenHash: string): Promise<CalendarFeedRecord | undefined> {
    return (
      (await serialRead(this.dataSource, (em) =>
        em.findOneBy(CalendarFeedEntity, { tokenHash, revokedAt: IsNull() }),
      )) ?? undefined
    );
  }

  /**
   * Makes a feed of the scope, revoking the one it replaces in the same transaction: a scope has
   * one working URL, so a clerk who lost theirs makes a new one and the old stops working.
   */
  async create(
    organisationId: string,
    ownerId: string | null,
    tokenHash: string,
    by: string,
    at: Date,
  ): Promise<CalendarFeedRecord> {
    return serialTransaction(this.dataSource, async (em) => {
      await lockOrganisation(em, organisationId);
      const previous = await em.findOneBy(CalendarFeedEntity, {
        organisationId,
        ownerId: ownerId ?? IsNull(),
        revokedAt: IsNull(),
      });
      if (previous) {
        await em.update(CalendarFeedEntity, { id: previous.id }, { revokedBy: by, revokedAt: at });
      }
      const feed: CalendarFeedRecord = {
        id: randomUUID(),
        organisationId,
        ownerId,
        createdBy: by,
        createdAt: at,
        revokedBy: null,
        revokedAt: null,
      };
      await em.insert(CalendarFeedEntity, { ...feed, tokenHash });
      await recordChange(em, feed, previous?.id ?? null, feed.id, by, at);
      return feed;
    });
  }

  /** Revokes a working feed; false when it was already revoked. */
  async revoke(id: string, by: string, at: Date): Promise<boolean> {
    return serialTransaction(this.dataSource, async (em) => {
      const feed = await em.findOneBy(CalendarFeedEntity, { id, revokedAt: IsNull() });
      if (!feed) return false;
      await em.update(CalendarFeedEntity, { id }, { revokedBy: by, revokedAt: at });
      await recordChange(em, feed, id, null, by, at);
      return true;
    });
  }

  /**
   * The requests of a feed with a stored date on or after `fromIso`, by their indexed columns
   * (no events are read): the organisation's, or only those assigned to `assigneeId`.
   */
  async requestRows(
    organisationId: string,
    assigneeId: string | null,
    fromIso: string,
  ): Promise<CalendarFeedRequestRow[]> {
    return serialRead(this.dataSource, async (em) => {
      const query = em
        .createQueryBuilder(RequestEntity, 'r')
        .where('r.organisation_id = :organisationId', { organisationId })
        .andWhere(`(${FEED_COLUMNS.map((c) => `r.${c} >= :from`).join(' OR ')})`, {
          from: fromIso,
        })
        .orderBy('r.received_on', 'DESC')
        .addOrderBy('r.id', 'ASC')
        .limit(CALENDAR_FEED_MAX_REQUESTS);
      if (assigneeId !== null) query.andWhere('r.assignee_id = :assigneeId', { assigneeId });
      return (await query.getMany()).map((r) => ({
        id: r.id,
        reference: r.reference,
        subject: r.subject,
        version: r.version,
        updatedAt: r.updatedAt,
        regime: r.regime,
        decisionDeadline: r.decisionDeadline,
        firstTermEnd: r.firstTermEnd,
        clarificationDeadline: r.clarificationDeadline,
        clarificationRequestedOn: r.clarificationRequestedOn,
        extensionNotifiedOn: r.extensionNotifiedOn,
        suspendedSince: r.suspendedSince,
        decidedOn: r.decidedOn,
        disclosureDate: r.disclosureDate,
        objectionWindowEndsOn: r.objectionWindowEndsOn,
        objectionDecisionDeadline: r.objectionDecisionDeadline,
        noticeOfDefaultTwoWeeksEnd: r.noticeOfDefaultTwoWeeksEnd,
        hearingOn: r.hearingOn,
        appealWindowEndsOn: r.appealWindowEndsOn,
      }));
    });
  }
}

/** The settings change of a feed: which feed id the scope had before and after. */
async function recordChange(
  em: EntityManager,
  feed: Pick<CalendarFeedRecord, 'organisationId' | 'ownerId'>,
  from: string | null,
  to: string | null,
  by: string,
  at: Date,
): Promise<void> {
  const field = feed.ownerId === null ? 'calendarFeed' : `calendarFeed:${feed.ownerId}`;
  await em.insert(OrganisationSettingsChangeEntity, {
    id: randomUUID(),
    organisationId: feed.organisationId,
    changedBy: by,
    changedAt: at,
    changes: JSON.stringify({ [field]: { from, to } }),
  });
}
