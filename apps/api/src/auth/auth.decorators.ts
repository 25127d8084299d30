import {
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  type CustomDecorator,
} from '@nestjs/common';
import type { Role } from '@wobdesk/domain';
import type { Actor } from '@wobdesk/register';
import { unauthenticated } from '../common/http-errors.js';

export const IS_PUBLIC = 'wobdesk:public';
export const REQUIRED_ROLES = 'wobdesk:roles';
export const UNLESS_SELF = 'wobdesk:unless-self';

/** What `AuthGuard` puts on the request of an authenticated call. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  actor?: Actor;
  sessionToken?: string;
}

/** No login needed (health, calendar, deadline calculator, status check, login itself). */
export const Public = (): CustomDecorator => SetMetadata(IS_PUBLIC, true);

/** Only callers with one of these roles; everyone else gets 403 `AUTH.FORBIDDEN`. */
export const Roles = (...roles: Role[]): CustomDecorator => SetMetadata(REQUIRED_ROLES, roles);

/**
 * Lifts `@Roles` when the body's `field` names the caller: a clerk may assign a request to
 * themselves, only a coordinator to someone else. A body without that field (or not a string
 * there, which validation then refuses) is not a call about someone else either.
 */
export const UnlessSelf = (field: string): CustomDecorator => SetMetadata(UNLESS_SELF, field);

/** The authenticated caller (`Actor`), set by `AuthGuard`. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (actor === undefined) throw unauthenticated();
  return actor;
});

/** The bearer token of the current session (for logout). */
export const SessionToken = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string => {
    const token = ctx.switchToHttp().getRequest<AuthenticatedRequest>().sessionToken;
    if (token === undefined) throw unauthenticated();
    return token;
  },
);
