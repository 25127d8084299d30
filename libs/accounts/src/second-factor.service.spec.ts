import { TestClock } from '@wobdesk/clock';
import { LocalDate } from '@wobdesk/domain';
import type { SecondFactorRepository, StoredSecondFactor } from '@wobdesk/persistence';
import { SecondFactorService } from './second-factor.service.js';
import { totpCode } from './totp.js';

/** The store's rules in memory: a step only when later than the last, a recovery code once. */
class MemoryStore {
  factors = new Map<string, StoredSecondFactor>();
  codes = new Map<string, { userId: string; used: boolean }>();
  clerksMust = false;

  async find(userId: string) {
    return this.factors.get(userId);
  }
  async requiredForClerks() {
    return this.clerksMust;
  }
  async pendingSecret(userId: string, fresh: string) {
    const row = this.factors.get(userId);
    if (row?.confirmedAt) return undefined;
    if (row) return row.secret;
    this.factors.set(userId, { secret: fresh, confirmedAt: null, lastStep: null });
    return fresh;
  }
  async confirm(change: { userId: string; at: Date }, step: number, hashes: string[]) {
    const row = this.factors.get(change.userId)!;
    this.factors.set(change.userId, { ...row, confirmedAt: change.at, lastStep: step });
    for (const hash of hashes) this.codes.set(hash, { userId: change.userId, used: false });
    return true;
  }
  async useStep(userId: string, step: number) {
    const row = this.factors.get(userId)!;
    if (row.lastStep !== null && row.lastStep >= step) return false;
    this.factors.set(userId, { ...row, lastStep: step });
    return true;
  }
  async useRecoveryCode(userId: string, hash: string) {
    const code = this.codes.get(hash);
    if (!code || code.userId !== userId || code.used) return false;
    code.used = true;
    return true;
  }
}

describe(SecondFactorService.name, () => {
  const user = { userId: 'u1', organisationId: 'o1' };
  let clock: TestClock;
  let store: MemoryStore;
  let service: SecondFactorService;

  beforeEach(() => {
    clock = new TestClock(LocalDate.parse('2026-03-02'), new Date('2026-03-02T09:00:05Z'));
    store = new MemoryStore();
    service = new SecondFactorService(store as unknown as SecondFactorRepository, clock);
  });

  async function enrol(): Promise<{ secret: string; recoveryCodes: string[] }> {
    const enrolment = await service.startEnrolment('u1', 'Wobdesk', 'a@b.nl');
    const recoveryCodes = await service.confirmEnrolment(
      user,
      totpCode(enrolment!.secret, clock.now()),
    );
    return { secret: enrolment!.secret, recoveryCodes };
  }

  it('should ask coordinators always to enrol, clerks only when the organisation says so', async () => {
    expect(await service.stageFor({ id: 'u1', organisationId: 'o1', role: 'coordinator' })).toBe(
      'enrol',
    );
    expect(await service.stageFor({ id: 'u1', organisationId: 'o1', role: 'clerk' })).toBe('none');
    store.clerksMust = true;
    expect(await service.stageFor({ id: 'u1', organisationId: 'o1', role: 'clerk' })).toBe('enrol');
    await enrol();
    expect(await service.stageFor({ id: 'u1', organisationId: 'o1', role: 'clerk' })).toBe('code');
  });

  it('should show the same secret until confirmed, and none after', async () => {
    const first = await service.startEnrolment('u1', 'Wobdesk', 'a@b.nl');
    expect((await service.startEnrolment('u1', 'Wobdesk', 'a@b.nl'))!.secret).toBe(first!.secret);
    await service.confirmEnrolment(user, totpCode(first!.secret, clock.now()));
    expect(await service.startEnrolment('u1', 'Wobdesk', 'a@b.nl')).toBeUndefined();
  });

  it('should refuse a wrong first code, leaving the enrolment open', async () => {
    const enrolment = await service.startEnrolment('u1', 'Wobdesk', 'a@b.nl');
    const right = totpCode(enrolment!.secret, clock.now());
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    await expect(service.confirmEnrolment(user, wrong)).rejects.toMatchObject({
      code: 'AUTH.INVALID_SECOND_FACTOR',
    });
    expect(await service.isEnrolled('u1')).toBe(false);
  });

  it('should accept a code once: not again, not an earlier step, the next step yes', async () => {
    const { secret } = await enrol();
    expect(await service.verify('u1', totpCode(secret, clock.now()))).toBe(false);
    clock.advance(30);
    const code = totpCode(secret, clock.now());
    expect(await service.verify('u1', code)).toBe(true);
    expect(await service.verify('u1', code)).toBe(false);
    clock.advance(30);
    // The window's earlier step was not used yet, but it is before the last used step.
    expect(
      await service.verify('u1', totpCode(secret, new Date(clock.now().getTime() - 30_000))),
    ).toBe(false);
    expect(await service.verify('u1', totpCode(secret, clock.now()))).toBe(true);
  });

  it('should refuse a code two steps old even if never used', async () => {
    const { secret } = await enrol();
    clock.advance(90);
    expect(
      await service.verify('u1', totpCode(secret, new Date(clock.now().getTime() - 60_000))),
    ).toBe(false);
  });

  it('should accept each recovery code once, typed in any case and with or without dash', async () => {
    const { recoveryCodes } = await enrol();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await service.verify('u1', recoveryCodes[0].toLowerCase().replace('-', ''))).toBe(true);
    expect(await service.verify('u1', recoveryCodes[0])).toBe(false);
    expect(await service.verify('u1', 'AAAAA-AAAAA')).toBe(false);
  });

  it('should refuse anything for a user without a confirmed second factor', async () => {
    await service.startEnrolment('u1', 'Wobdesk', 'a@b.nl');
    expect(await service.verify('u1', '123456')).toBe(false);
    expect(await service.verify('nobody', '123456')).toBe(false);
  });
});
