// The tables of the in-memory fakes. A transaction works on a copy of them and the copy replaces
// the committed tables only when the work resolves, so a throw anywhere leaves nothing behind,
// as a rolled-back database transaction does.
import type {
  ConversationRecord,
  LetterRecord,
  OrganisationRecord,
  OutboxMessage,
  RequestItemRecord,
  RequestRecord,
  UserRecord,
} from '@wobdesk/persistence';

/** One row of the event log as the database keeps it: the payload is JSON text. */
export interface StoredEventRow {
  readonly requestId: string;
  readonly sequence: number;
  readonly type: string;
  readonly occurredOn: string;
  readonly recordedAt: Date;
  readonly actorId: string | null;
  readonly payload: string;
}

export interface Stores {
  readonly organisations: Map<string, OrganisationRecord>;
  readonly users: Map<string, UserRecord>;
  readonly requests: Map<string, RequestRecord>;
  /** By request id, in item number order. */
  readonly items: Map<string, RequestItemRecord[]>;
  readonly conversations: ConversationRecord[];
  readonly events: StoredEventRow[];
  readonly letters: Map<string, LetterRecord>;
  /** By message id. */
  readonly outbox: Map<string, OutboxMessage>;
}

export function emptyStores(): Stores {
  return {
    organisations: new Map(),
    users: new Map(),
    requests: new Map(),
    items: new Map(),
    conversations: [],
    events: [],
    letters: new Map(),
    outbox: new Map(),
  };
}

/**
 * A deep copy. Every row leaves a fake as a copy too, as a database hands out fresh objects: a
 * caller that changes a record it read must not change what is stored.
 */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** What a database reports for a broken unique key (the tests match /unique/i, as for SQL). */
export function uniqueViolation(table: string, columns: string): Error {
  return new Error(`UNIQUE constraint failed: ${table}.${columns} (in-memory fake)`);
}

/** What a database reports for a row that points at nothing. */
export function foreignKeyViolation(table: string, column: string): Error {
  return new Error(`FOREIGN KEY constraint failed: ${table}.${column} (in-memory fake)`);
}

/**
 * A port method the fakes do not implement: it fails loudly rather than doing nothing, so a unit
 * test that reaches it is told to implement it (with a case in the contract test) or to use the
 * integration tier.
 */
export function notImplemented(method: string): never {
  throw new Error(`${method} is not implemented in the fake`);
}

/** Compares like ORDER BY on text, dates and numbers; nulls first, as SQLite sorts them. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  return x < y ? -1 : x > y ? 1 : 0;
}
