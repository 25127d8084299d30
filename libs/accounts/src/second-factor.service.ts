import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';
import {
  type SecondFactorOverviewRow,
  SecondFactorRepository,
  type UserRecord,
} from '@wobdesk/persistence';
import { type Actor, workflowError } from '@wobdesk/register';
import { looksLikeRecoveryCode, newRecoveryCodes, recoveryCodeHash } from './recovery-codes.js';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';

/** What a login still needs after the right password. */
export type SecondFactorStage = 'none' | 'code' | 'enrol';

/** What the enrolment page shows: the secret for typing and the link the QR code holds. */
export interface Enrolment {
  readonly secret: string;
  readonly uri: string;
}

/** Who a second-factor call is for: the user's id and organisation. */
type UserRef = Pick<Actor, 'userId' | 'organisationId'>;

/**
 * The second factor of clerks: TOTP (RFC 6238) with single-use recovery codes. Coordinators must
 * have one; clerks when their organisation says so. A TOTP step is used at most once per user.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly store: SecondFactorRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** After the right password: whether the login still needs a code, an enrolment, or nothing. */
  async stageFor(
    user: Pick<UserRecord, 'id' | 'organisationId' | 'role'>,
  ): Promise<SecondFactorStage> {
    const stored = await this.store.find(user.id);
    if (stored?.confirmedAt) return 'code';
    return (await this.isRequired(user)) ? 'enrol' : 'none';
  }

  async isRequired(user: Pick<UserRecord, 'organisationId' | 'role'>): Promise<boolean> {
    return user.role === 'coordinator' || (await this.store.requiredForClerks(user.organisationId));
  }

  async isEnrolled(userId: string): Promise<boolean> {
    return !!(await this.store.find(userId))?.confirmedAt;
  }

  /**
   * Checks a TOTP code or a recovery code and uses it up: true once per code. A wrong code, a
   * code of a step already used, or a used recovery code is false.
   */
  async verify(userId: string, typed: string): Promise<boolean> {
    if (typeof typed !== 'string' || typed.length > 64) return false;
    const stored = await this.store.find(userId);
    if (!stored?.confirmedAt) return false;
    const now = this.clock.now();
    if (looksLikeRecoveryCode(typed)) {
      return this.store.useRecoveryCode(userId, recoveryCodeHash(typed), now);
    }
    const step = matchTotp(stored.secret, typed, now);
    return step !== undefined && this.store.useStep(userId, step);
  }

  /**
   * The secret to enrol with (the same one until confirmed); undefined when enrolled already.
   * `issuer` and `account` are what the authenticator app shows above the code.
   */
  async startEnrolment(
    userId: string,
    issuer: string,
    account: string,
  ): Promise<Enrolment | undefined> {
    const secret = await this.store.pendingSecret(userId, newTotpSecret(), this.clock.now());
    return secret === undefined ? undefined : { secret, uri: otpauthUri(secret, issuer, account) };
  }

  /** Confirms enrolment with the first code; returns the recovery codes, shown this once. */
  async confirmEnrolment(user: UserRef, code: string): Promise<string[]> {
    const stored = await this.store.find(user.userId);
    const now = this.clock.now();
    const step = stored && !stored.confirmedAt ? matchTotp(stored.secret, code, now) : undefined;
    if (step === undefined) throw workflowError('AUTH.INVALID_SECOND_FACTOR');
    const { codes, hashes } = newRecoveryCodes();
    const change = {
      organisationId: user.organisationId,
      userId: user.userId,
      by: user.userId,
      at: now,
    };
    if (!(await this.store.confirm(change, step, hashes))) {
      throw workflowError('AUTH.INVALID_SECOND_FACTOR');
    }
    return codes;
  }

  /** New recovery codes for the user themselves; the old ones stop working. */
  async renewRecoveryCodes(user: UserRef): Promise<string[]> {
    const { codes, hashes } = newRecoveryCodes();
    const change = {
      organisationId: user.organisationId,
      userId: user.userId,
      by: user.userId,
      at: this.clock.now(),
    };
    if (!(await this.store.replaceRecoveryCodes(change, hashes))) {
      throw workflowError('AUTH.SECOND_FACTOR_NOT_ENROLLED');
    }
    return codes;
  }

  recoveryCodesLeft(userId: string): Promise<number> {
    return this.store.recoveryCodesLeft(userId);
  }

  /** A coordinator's reset of a user's second factor; false when no such user in the organisation. */
  reset(coordinator: Actor, userId: string): Promise<boolean> {
    return this.store.reset({
      organisationId: coordinator.organisationId,
      userId,
      by: coordinator.userId,
      at: this.clock.now(),
    });
  }

  requiredForClerks(organisationId: string): Promise<boolean> {
    return this.store.requiredForClerks(organisationId);
  }

  setRequiredForClerks(coordinator: Actor, required: boolean): Promise<void> {
    return this.store.setRequiredForClerks(
      coordinator.organisationId,
      required,
      coordinator.userId,
      this.clock.now(),
    );
  }

  overview(organisationId: string): Promise<SecondFactorOverviewRow[]> {
    return this.store.overview(organisationId);
  }
}
