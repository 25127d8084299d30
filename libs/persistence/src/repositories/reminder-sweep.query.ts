import type { DateRange, ReminderColumn, ReminderRow, RequestPhase } from '@wobdesk/domain';
import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { RequestEntity } from '../entities/request.entity.js';
import { UserEntity } from '../entities/user.entity.js';

/** The `request` column of each date a reminder rule can watch or exclude on. */
export const REMINDER_DB_COLUMNS: Readonly<Record<Exclude<keyof ReminderRow, 'phase'>, string>> = {
  decisionDeadline: 'decision_deadline',
  firstTermEnd: 'first_term_end',
  clarificationDeadline: 'clarification_deadline',
  suspendedUntil: 'suspended_until',
  suspendedSince: 'suspended_since',
  suspensionEndsOn: 'suspension_ends_on',
  disclosureDate: 'disclosure_date',
  postalReceiptBy: 'postal_receipt_by',
  objectionDecisionDeadline: 'objection_decision_deadline',
  noticeOfDefaultTwoWeeksEnd: 'notice_of_default_two_weeks_end',
  nonHandlingDecisionDeadline: 'non_handling_decision_deadline',
  hearingOn: 'hearing_on',
  extensionNotifiedOn: 'extension_notified_on',
  clarificationRequestedOn: 'clarification_requested_on',
};

/** A request as the sweep reads it: what the rules need and what a reminder mail says. */
export interface SweepRow {
  readonly id: string;
  readonly organisationId: string;
  readonly reference: string;
  readonly subject: string;
  readonly assigneeId: string | null;
  readonly phase: RequestPhase;
  /** The reminder columns, 'YYYY-MM-DD' or null, keyed by their ReminderRow name. */
  readonly dates: Readonly<Partial<Record<keyof typeof REMINDER_DB_COLUMNS, string | null>>>;
}

/** What the sweep asks for one rule: its column, phases, excluding columns, and deadline ranges. */
export interface SweepSelection {
  readonly column: ReminderColumn;
  readonly phases: readonly RequestPhase[];
  readonly unset: readonly (keyof ReminderRow)[];
  /** Single days go into one `IN (…)`; longer ranges get a query each. */
  readonly ranges: readonly DateRange[];
}

/**
 * The queries of one rule: `phase IN (…) AND <date> BETWEEN a AND b [AND <excluding> IS NULL]`,
 * each an index range scan on IDX_request_sweep_* (the bench prints their plans). Over all
 * organisations at once: no loop over organisations or over requests without a due reminder.
 */
export function sweepQueries(
  em: EntityManager,
  selection: SweepSelection,
): SelectQueryBuilder<RequestEntity>[] {
  const column = `r.${REMINDER_DB_COLUMNS[selection.column]}`;
  const points = selection.ranges.filter((r) => r.from !== undefined && r.from.equals(r.to));
  const spans = selection.ranges.filter((r) => !points.includes(r));
  const base = () => {
    const qb = em
      .createQueryBuilder(RequestEntity, 'r')
      .select(SELECTED.map((c) => `r.${c} AS ${c}`))
      .where('r.phase IN (:...phases)', { phases: [...selection.phases] });
    for (const unset of selection.unset) {
      if (unset !== 'phase') qb.andWhere(`r.${REMINDER_DB_COLUMNS[unset]} IS NULL`);
    }
    return qb;
  };
  const queries = spans.map((range) =>
    range.from === undefined
      ? base().andWhere(`${column} <= :to`, { to: range.to.toString() })
      : base().andWhere(`${column} BETWEEN :from AND :to`, {
          from: range.from.toString(),
          to: range.to.toString(),
        }),
  );
  if (points.length > 0) {
    queries.push(
      base().andWhere(`${column} IN (:...days)`, { days: points.map((p) => p.to.toString()) }),
    );
  }
  return queries;
}

const SELECTED = [
  'id',
  'organisation_id',
  'reference',
  'subject',
  'assignee_id',
  'phase',
  ...Object.values(REMINDER_DB_COLUMNS),
];

/** Runs the queries of `sweepQueries` and maps the rows. */
export async function findSweepRows(
  em: EntityManager,
  selection: SweepSelection,
): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const qb of sweepQueries(em, selection)) {
    for (const raw of await qb.getRawMany<Record<string, unknown>>()) rows.push(toSweepRow(raw));
  }
  return rows;
}

function toSweepRow(raw: Record<string, unknown>): SweepRow {
  const dates: Record<string, string | null> = {};
  for (const [key, column] of Object.entries(REMINDER_DB_COLUMNS)) {
    dates[key] = (raw[column] as string | null) ?? null;
  }
  return {
    id: String(raw.id),
    organisationId: String(raw.organisation_id),
    reference: String(raw.reference),
    subject: String(raw.subject),
    assigneeId: (raw.assignee_id as string | null) ?? null,
    phase: raw.phase as RequestPhase,
    dates,
  };
}

/** The queries of `oldestDate`: `MIN(<date>)` per phase, each one index seek. */
export function oldestDateQueries(
  em: EntityManager,
  column: ReminderColumn,
  phases: readonly RequestPhase[],
): SelectQueryBuilder<RequestEntity>[] {
  const db = REMINDER_DB_COLUMNS[column];
  return phases.map((phase) =>
    em
      .createQueryBuilder(RequestEntity, 'r')
      .select(`MIN(r.${db})`, 'oldest')
      .where('r.phase = :phase', { phase })
      .andWhere(`r.${db} IS NOT NULL`),
  );
}

/**
 * The oldest stored date of `column` among requests in `phases` (one index seek per phase): the
 * lower bound of the weekly overdue reminders. Undefined when no such request exists.
 */
export async function oldestDate(
  em: EntityManager,
  column: ReminderColumn,
  phases: readonly RequestPhase[],
): Promise<string | undefined> {
  let oldest: string | undefined;
  for (const qb of oldestDateQueries(em, column, phases)) {
    const value = (await qb.getRawOne<{ oldest: string | null }>())?.oldest ?? undefined;
    if (value && (!oldest || value < oldest)) oldest = value;
  }
  return oldest;
}

/** A person a reminder goes to. */
export interface Recipient {
  readonly userId: string;
  readonly organisationId: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'clerk' | 'coordinator';
}

/** The users with these ids and the coordinators of these organisations (two indexed reads). */
export async function findRecipients(
  em: EntityManager,
  userIds: readonly string[],
  organisationIds: readonly string[],
): Promise<{ users: Map<string, Recipient>; coordinators: Map<string, Recipient[]> }> {
  const toRecipient = (u: UserEntity): Recipient => ({
    userId: u.id,
    organisationId: u.organisationId,
    email: u.email,
    name: u.name,
    role: u.role,
  });
  const users = new Map<string, Recipient>();
  const coordinators = new Map<string, Recipient[]>();
  for (let k = 0; k < userIds.length; k += 500) {
    const found = await em.find(UserEntity, { where: { id: In(userIds.slice(k, k + 500)) } });
    for (const u of found) users.set(u.id, toRecipient(u));
  }
  for (let k = 0; k < organisationIds.length; k += 500) {
    const found = await em.find(UserEntity, {
      where: { organisationId: In(organisationIds.slice(k, k + 500)), role: 'coordinator' },
      order: { email: 'ASC' },
    });
    for (const u of found) {
      const list = coordinators.get(u.organisationId) ?? [];
      list.push(toRecipient(u));
      coordinators.set(u.organisationId, list);
    }
  }
  return { users, coordinators };
}
