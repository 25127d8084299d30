import { Inject, Injectable } from '@nestjs/common';
import type { OwnSession, OwnSessions } from '@wobdesk/accounts';
import { AppConfig } from '@wobdesk/config';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { OWN_SESSIONS } from '../../common/tokens.js';
import { LOGIN_PATH, PageKit, type Clerk } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const SESSIONS_PATH = '/account/sessies';

const NOTICES: Readonly<Record<string, string>> = {
  beeindigd: 'De sessie is beëindigd. Op dat apparaat moet opnieuw worden ingelogd.',
  anderen: 'Uw andere sessies zijn beëindigd. Alleen deze sessie is nog open.',
  onbekend: 'Die sessie bestaat niet meer.',
};

/**
 * "Waar bent u ingelogd": the clerk's own open sessions (browser, address, start, last use),
 * with a button to end one and one to end all others, e.g. after logging in on a shared PC.
 */
@Injectable()
export class SessionsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(OWN_SESSIONS) private readonly sessions: OwnSessions,
    private readonly config: AppConfig,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      SESSIONS_PATH,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const done = (request.query as Record<string, unknown>).gelukt;
        return this.show(reply, clerk, typeof done === 'string' ? (NOTICES[done] ?? null) : null);
      }),
    );
    scope.post(
      `${SESSIONS_PATH}/:id/beeindigen`,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as { id: string };
        const own = await this.sessions.sessionsOf(clerk.actor, clerk.token);
        const ended = await this.sessions.endOwnSession(clerk.actor, id);
        // Ending the session in use is logging out.
        if (ended && own.some((s) => s.id === id && s.current)) {
          this.kit.endSession(reply);
          return reply.redirect(`${LOGIN_PATH}?uitgelogd=1`, 303);
        }
        return reply.redirect(`${SESSIONS_PATH}?gelukt=${ended ? 'beeindigd' : 'onbekend'}`, 303);
      }),
    );
    scope.post(
      `${SESSIONS_PATH}/anderen-beeindigen`,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (_request, reply, clerk) => {
        await this.sessions.endOtherSessions(clerk.actor, clerk.token);
        return reply.redirect(`${SESSIONS_PATH}?gelukt=anderen`, 303);
      }),
    );
  }

  private async show(reply: FastifyReply, clerk: Clerk, notice: string | null) {
    const sessions = await this.sessions.sessionsOf(clerk.actor, clerk.token);
    return this.kit.html(
      reply,
      'account-sessies',
      {
        title: 'Waar bent u ingelogd',
        notice,
        sessions: sessions.map(sessionView),
        others: sessions.some((s) => !s.current),
        idleMinutes: this.config.sessionIdleMinutes,
        ttlHours: this.config.sessionTtlHours,
      },
      clerk,
    );
  }
}

function sessionView(session: OwnSession) {
  return {
    id: session.id,
    current: session.current,
    device: deviceOf(session.userAgent),
    ip: session.ip ?? 'onbekend',
    startedAt: dutchMoment(session.startedAt),
    lastSeenAt: dutchMoment(session.lastSeenAt),
  };
}

/** A short, readable name for a User-Agent; the full string is too long to scan. */
export function deviceOf(userAgent: string | null): string {
  if (!userAgent) return 'Onbekend apparaat';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : undefined;
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : undefined;
  if (browser && system) return `${browser} op ${system}`;
  return browser ?? system ?? userAgent.slice(0, 60);
}

function dutchMoment(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
