// Bulk rows of `request` for the reminder tests and the reminders benchmark: straight SQL through
// better-sqlite3's prepared statements (TypeORM's insert builder would take minutes for 10^6 rows).
import { randomUUID } from 'node:crypto';
import type { RequestPhase } from '@wobdesk/domain';
import type { DataSource } from 'typeorm';

/** The part of better-sqlite3's API used here (the package ships no types of its own). */
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
export interface SqliteHandle {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
}

/** The better-sqlite3 connection under a TypeORM data source (SQLite only). */
export function sqliteHandle(ds: DataSource): SqliteHandle {
  if (ds.options.type !== 'better-sqlite3') throw new Error('bulk rows need SQLite');
  return (ds.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
}

/** The stored dates a row carries (RequestEntity column names in the database). */
export type RowDates = Partial<
  Record<
    | 'decision_deadline'
    | 'first_term_end'
    | 'clarification_deadline'
    | 'objection_window_ends_on'
    | 'postal_receipt_by'
    | 'objection_decision_deadline'
    | 'disclosure_date'
    | 'notice_of_default_two_weeks_end'
    | 'suspended_until'
    | 'suspended_since'
    | 'suspension_ends_on'
    | 'extension_notified_on'
    | 'clarification_requested_on',
    string
  >
>;

export interface RequestRowInput {
  readonly id?: string;
  readonly organisationId: string;
  readonly reference: string;
  readonly phase: RequestPhase;
  readonly receivedOn: string;
  readonly assigneeId: string | null;
  /** decision_deadline and first_term_end are required by the schema. */
  readonly dates: RowDates & { decision_deadline: string; first_term_end: string };
}

const DATE_COLUMNS = [
  'decision_deadline',
  'first_term_end',
  'clarification_deadline',
  'objection_window_ends_on',
  'postal_receipt_by',
  'objection_decision_deadline',
  'disclosure_date',
  'notice_of_default_two_weeks_end',
  'suspended_until',
  'suspended_since',
  'suspension_ends_on',
  'extension_notified_on',
  'clarification_requested_on',
] as const;

const COLUMNS = [
  'id',
  'organisation_id',
  'reference',
  'regime',
  'environmental_information',
  'requester_name',
  'received_on',
  'channel',
  'subject',
  'search_text',
  'assignee_id',
  'phase',
  'version',
  ...DATE_COLUMNS,
  'created_at',
  'updated_at',
];

/**
 * Inserts request rows in one transaction per `batch` rows with one prepared statement; returns
 * the ids. Only the columns the reminder sweep reads are meaningful (no events: such rows serve
 * reminders, not the workflow).
 */
export function insertRequestRows(
  ds: DataSource,
  rows: Iterable<RequestRowInput>,
  batch = 50_000,
): string[] {
  const db = sqliteHandle(ds);
  const insert = db.prepare(
    `INSERT INTO "request" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const ids: string[] = [];
  const stamp = '2026-01-01 09:00:00.000';
  let open = 0;
  db.exec('BEGIN');
  try {
    for (const r of rows) {
      const id = r.id ?? randomUUID();
      ids.push(id);
      insert.run(
        id,
        r.organisationId,
        r.reference,
        r.receivedOn < '2022-05-01' ? 'wob' : 'woo',
        0,
        'Bulk Verzoeker',
        r.receivedOn,
        'email',
        `Verzoek ${r.reference}`,
        `verzoek ${r.reference.toLowerCase()} bulk verzoeker`,
        r.assigneeId,
        r.phase,
        1,
        ...DATE_COLUMNS.map((c) => (r.dates as RowDates)[c] ?? null),
        stamp,
        stamp,
      );
      if (++open >= batch) {
        db.exec('COMMIT');
        db.exec('BEGIN');
        open = 0;
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return ids;
}
