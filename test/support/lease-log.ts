// A record of every take-over and release of the scheduler lease, written by SQLite triggers in the
// test's database. The worker processes write it themselves, in the statement that moves the
// lease, so a test sees exactly which process swept and in what order: nothing is sampled.
import type { SqliteHandle } from './reminder-rows.js';

export interface LeaseEvent {
  readonly id: number;
  readonly event: 'acquire' | 'release';
  /** `host:pid:random` (SchedulerLease.owner). */
  readonly owner: string;
  /** Who held the lease just before an acquire (null when it was free). */
  readonly previousOwner: string | null;
  readonly previousUntil: string;
  readonly leaseUntil: string;
}

/** Installs the triggers on `scheduler_lease` (call after the migrations, before any worker). */
export function recordLeaseEvents(sql: SqliteHandle): void {
  sql.exec(`
    CREATE TABLE test_lease_event (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      event TEXT NOT NULL,
      owner TEXT NOT NULL,
      previous_owner TEXT,
      previous_until TEXT NOT NULL,
      lease_until TEXT NOT NULL
    );
    CREATE TRIGGER test_lease_acquired AFTER UPDATE OF owner ON scheduler_lease
      WHEN NEW.owner IS NOT NULL
      BEGIN
        INSERT INTO test_lease_event (event, owner, previous_owner, previous_until, lease_until)
        VALUES ('acquire', NEW.owner, OLD.owner, OLD.lease_until, NEW.lease_until);
      END;
    CREATE TRIGGER test_lease_released AFTER UPDATE OF owner ON scheduler_lease
      WHEN NEW.owner IS NULL AND OLD.owner IS NOT NULL
      BEGIN
        INSERT INTO test_lease_event (event, owner, previous_owner, previous_until, lease_until)
        VALUES ('release', OLD.owner, OLD.owner, OLD.lease_until, NEW.lease_until);
      END;
  `);
}

export function leaseEvents(sql: SqliteHandle): LeaseEvent[] {
  return sql
    .prepare(
      `SELECT id, event, owner, previous_owner AS previousOwner, previous_until AS previousUntil,
              lease_until AS leaseUntil
       FROM test_lease_event ORDER BY id`,
    )
    .all() as LeaseEvent[];
}

/** The process id in a lease owner. */
export function ownerPid(owner: string): number {
  return Number(owner.split(':').at(-2));
}

/** Whether the process `pid` took the lease after event `afterId` and gave it back again. */
export function sweptAfter(events: readonly LeaseEvent[], afterId: number, pid: number): boolean {
  return events.some(
    (taken) =>
      taken.id > afterId &&
      taken.event === 'acquire' &&
      ownerPid(taken.owner) === pid &&
      events.some((r) => r.id > taken.id && r.event === 'release' && r.owner === taken.owner),
  );
}
