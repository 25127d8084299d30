import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { type Clock, FEED_PAST_DAYS, feedDates } from '@wobdesk/domain';
import {
  type CalendarFeedRecord,
  CalendarFeedRepository,
  type CalendarFeedRequestRow,
} from '@wobdesk/persistence';
import { type Actor, WorkflowError } from '@wobdesk/register';
import { forbidden } from '../common/http-errors.js';
import { type AllDayEvent, icalendar } from './icalendar.js';

export const CALENDAR_FEED_SCOPES = ['mine', 'organisation'] as const;
/** `mine`: the requests assigned to the clerk; `organisation`: all of the organisation's. */
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];

/** A working feed as its owner sees it: never the token, which is shown once at creation. */
export interface CalendarFeedView {
  readonly id: string;
  readonly scope: CalendarFeedScope;
  readonly createdAt: string;
}

/** The path of a feed under the site; the token is its only secret. */
export function calendarFeedPath(token: string): string {
  return `/api/calendar-feeds/${token}.ics`;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Tokens are 32 random bytes, base64url: unguessable, and safe in a URL as they are. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Secret calendar feed URLs: a clerk makes and revokes their own (the requests assigned to them),
 * a coordinator the organisation's. The feed is read from the request rows' stored deadline
 * columns, never from the events.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<CalendarFeedView[]> {
    const active = await this.feeds.active(actor.organisationId, actor.userId);
    return active.map(viewOf).sort((a, b) => a.scope.localeCompare(b.scope));
  }

  /** Makes a feed of the scope (the previous one of that scope stops working) with its token. */
  async create(
    actor: Actor,
    scope: CalendarFeedScope,
  ): Promise<{ feed: CalendarFeedView; token: string }> {
    if (scope === 'organisation' && actor.role !== 'coordinator') throw forbidden(['coordinator']);
    const token = randomBytes(32).toString('base64url');
    const feed = await this.feeds.create(
      actor.organisationId,
      scope === 'mine' ? actor.userId : null,
      hashOf(token),
      actor.userId,
      this.clock.now(),
    );
    return { feed: viewOf(feed), token };
  }

  /** Revokes a feed the actor may manage; another's feed is as unknown as a missing one. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const feed = await this.feeds.find(id);
    const visible =
      feed !== undefined &&
      feed.organisationId === actor.organisationId &&
      feed.revokedAt === null &&
      (feed.ownerId === null || feed.ownerId === actor.userId);
    if (!visible) throw feedNotFound();
    if (feed.ownerId === null && actor.role !== 'coordinator') throw forbidden(['coordinator']);
    if (!(await this.feeds.revoke(id, actor.userId, this.clock.now()))) throw feedNotFound();
  }

  /** The feed's iCalendar text; undefined for an unknown, malformed or revoked token. */
  async render(token: string, baseUrl: string): Promise<string | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const feed = await this.feeds.byTokenHash(hashOf(token));
    if (feed === undefined) return undefined;
    const from = this.clock.today().minusDays(FEED_PAST_DAYS);
    const rows = await this.feeds.requestRows(feed.organisationId, feed.ownerId, from.toString());
    const events = rows.flatMap((row) => eventsOf(row, from, baseUrl));
    const name = feed.ownerId === null ? 'Wobdesk: alle verzoeken' : 'Wobdesk: mijn verzoeken';
    return icalendar(name, events, this.clock.now());
  }
}

function eventsOf(
  row: CalendarFeedRequestRow,
  from: ReturnType<Clock['today']>,
  baseUrl: string,
): AllDayEvent[] {
  const url = `${baseUrl}/verzoeken/${row.id}`;
  // The subject and the requester stay out: a calendar service keeps its own copy of the feed.
  return feedDates(row, from).map((d) => ({
    uid: `${row.id}-${d.kind}@wobdesk`,
    date: d.date,
    summary: `${d.titleNl}: ${row.reference}`,
    description: `${d.explanationNl}\nArtikel: ${d.article}.\nVerzoek ${row.reference}: ${url}`,
    url,
    sequence: row.version,
    lastModified: row.updatedAt,
  }));
}

function viewOf(feed: CalendarFeedRecord): CalendarFeedView {
  return {
    id: feed.id,
    scope: feed.ownerId === null ? 'organisation' : 'mine',
    createdAt: feed.createdAt.toISOString(),
  };
}

export function feedNotFound(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'CALENDAR_FEED.NOT_FOUND',
    'Deze agenda-koppeling bestaat niet of is al ingetrokken.',
    'This calendar feed does not exist or was already revoked.',
  );
}
