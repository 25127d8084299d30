// Enrols a user's second factor through the real service, as the enrolment page does, so tests
// can log coordinators in (they must have one) and compute codes as an authenticator app would.
import type { INestApplicationContext } from '@nestjs/common';
import { SecondFactorService, totpCode } from '@wobdesk/accounts';
import { CLOCK } from '@wobdesk/clock';
import type { Clock } from '@wobdesk/domain';

export interface EnrolledSecondFactor {
  /** The base32 secret the enrolment page shows. */
  readonly secret: string;
  /** The ten recovery codes, each good for one login. */
  readonly recoveryCodes: string[];
  /** The code for the next 30-second step: one the first code (used at enrolment) is not. */
  nextCode(): string;
}

export async function enrolSecondFactor(
  app: INestApplicationContext,
  user: { userId: string; organisationId: string; email: string },
): Promise<EnrolledSecondFactor> {
  const service = app.get(SecondFactorService);
  const clock = app.get<Clock>(CLOCK);
  const enrolment = await service.startEnrolment(user.userId, 'Wobdesk', user.email);
  if (!enrolment) throw new Error(`${user.email} has a second factor already`);
  const { secret } = enrolment;
  const recoveryCodes = await service.confirmEnrolment(user, totpCode(secret, clock.now()));
  return {
    secret,
    recoveryCodes,
    nextCode: () => totpCode(secret, new Date(clock.now().getTime() + 30_000)),
  };
}
