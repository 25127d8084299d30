// The scheduler lease on a real SQLite file: two holders (as two processes would be), one at a
// time; renewal, release, and take-over after expiry.
import { TestClock } from '@wobdesk/clock';
import { LocalDate } from '@wobdesk/domain';
import { dataSourceOptions, prepareDatabase, UnitOfWork } from '@wobdesk/persistence';
import { SchedulerLease, SWEEP_LEASE } from '@wobdesk/reminders';
import { DataSource } from 'typeorm';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

describe(SchedulerLease.name, () => {
  let db: TempDatabase;
  let ds: DataSource;
  let clock: TestClock;
  let a: SchedulerLease;
  let b: SchedulerLease;

  beforeEach(async () => {
    db = await createTempDatabase({ env: { SCHEDULER_LEASE_SECONDS: '30' } });
    await prepareDatabase(db.config);
    ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
    clock = new TestClock(LocalDate.parse('2026-11-25'), new Date('2026-11-25T10:00:00Z'));
    a = new SchedulerLease(new UnitOfWork(ds), db.config, clock);
    b = new SchedulerLease(new UnitOfWork(ds), db.config, clock);
  });

  afterEach(async () => {
    await ds.destroy();
    await db.remove();
  });

  it('should let one holder in at a time and hand over on release', async () => {
    expect(a.owner).not.toBe(b.owner);
    expect(await a.acquire(SWEEP_LEASE)).toBe(true);
    expect(await b.acquire(SWEEP_LEASE)).toBe(false);
    expect(await a.acquire(SWEEP_LEASE)).toBe(true);
    expect(await b.renew(SWEEP_LEASE)).toBe(false);
    expect(await a.renew(SWEEP_LEASE)).toBe(true);
    await b.release(SWEEP_LEASE);
    expect(await b.acquire(SWEEP_LEASE)).toBe(false);
    await a.release(SWEEP_LEASE);
    expect(await b.acquire(SWEEP_LEASE)).toBe(true);
  });

  it('should let another holder take an expired lease, and the first then lose it', async () => {
    expect(await a.acquire(SWEEP_LEASE)).toBe(true);
    clock.advance(29);
    expect(await b.acquire(SWEEP_LEASE)).toBe(false);
    clock.advance(2);
    expect(await b.acquire(SWEEP_LEASE)).toBe(true);
    expect(await a.renew(SWEEP_LEASE)).toBe(false);
    expect(await a.acquire(SWEEP_LEASE)).toBe(false);
  });

  it('should decide concurrent acquisitions for exactly one holder', async () => {
    const holders = Array.from(
      { length: 8 },
      () => new SchedulerLease(new UnitOfWork(ds), db.config, clock),
    );
    const results = await Promise.all(holders.map((h) => h.acquire(SWEEP_LEASE)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
