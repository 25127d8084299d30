import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { UnitOfWork } from '@wobdesk/persistence';

/** The lease of the reminder sweep (one row of `scheduler_lease`). */
export const SWEEP_LEASE = 'reminder-sweep';

/**
 * Only one sweeper at a time, across processes: a row per job in `scheduler_lease`, taken with a
 * conditional UPDATE (`owner = me OR lease_until < now`) that SQLite and PostgreSQL both run
 * atomically, so of two processes exactly one sees "1 row changed". The holder renews it after
 * every batch; a holder that dies (SIGKILL) loses it when `lease_until` passes.
 */
@Injectable()
export class SchedulerLease {
  /** This process: host, pid and a random part (a pid can be reused after a restart). */
  readonly owner = `${hostname().slice(0, 80)}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly storage: UnitOfWork,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Takes (or renews) the lease; false when another live process holds it. */
  async acquire(name: string): Promise<boolean> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.config.scheduler.leaseSeconds * 1000);
    return this.storage.transaction((tx) =>
      tx.leases.acquire(name, this.owner, now.toISOString(), until.toISOString()),
    );
  }

  /** Extends a lease this process holds; false when it was lost (expired and taken over). */
  async renew(name: string): Promise<boolean> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.config.scheduler.leaseSeconds * 1000);
    return this.storage.transaction((tx) => tx.leases.renew(name, this.owner, until.toISOString()));
  }

  /** Gives the lease up at once, so another process need not wait for it to expire. */
  async release(name: string): Promise<void> {
    await this.storage.transaction((tx) => tx.leases.release(name, this.owner));
  }
}

/** Thrown inside a sweep that lost its lease: it stops, what it queued stays queued. */
export class LeaseLostError extends Error {
  constructor(name: string) {
    super(`The scheduler lease ${name} was lost; the sweep stopped (another process continues)`);
    this.name = 'LeaseLostError';
  }
}
