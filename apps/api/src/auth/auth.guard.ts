import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Authenticator } from '@wobdesk/accounts';
import type { Role } from '@wobdesk/domain';
import type { Actor } from '@wobdesk/register';
import { forbidden, unauthenticated } from '../common/http-errors.js';
import { AUTHENTICATOR } from '../common/tokens.js';
import {
  type AuthenticatedRequest,
  IS_PUBLIC,
  REQUIRED_ROLES,
  UNLESS_SELF,
} from './auth.decorators.js';

/** Session tokens are opaque; anything longer or with other characters is not one of ours. */
const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]{1,512})$/i;

/**
 * The global guard: every route needs `Authorization: Bearer <token>` unless it is `@Public()`.
 * A missing, malformed, unknown or expired token is a 401; a role that does not fit `@Roles` a
 * 403. The `Actor` is put on the request for `@CurrentActor()`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    const actor = token === undefined ? undefined : await this.authenticator.authenticate(token);
    if (actor === undefined || token === undefined) throw unauthenticated();
    request.actor = actor;
    request.sessionToken = token;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const selfField = this.reflector.getAllAndOverride<string | undefined>(UNLESS_SELF, targets);
    if (roles && !roles.includes(actor.role) && !isAboutSelf(request.body, selfField, actor)) {
      throw forbidden(roles);
    }
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header.trim())?.[1];
}

function isAboutSelf(body: unknown, field: string | undefined, actor: Actor): boolean {
  if (field === undefined) return false;
  // Not an object: validation refuses the body with a 400 naming the problem.
  if (typeof body !== 'object' || body === null) return true;
  const value = (body as Record<string, unknown>)[field];
  return typeof value !== 'string' || value === actor.userId;
}
