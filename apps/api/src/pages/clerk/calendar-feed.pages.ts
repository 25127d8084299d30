import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  calendarFeedPath,
  type CalendarFeedScope,
  CalendarFeedsService,
} from '../../calendar-feeds/calendar-feeds.service.js';
import { FormReader } from '../shared/form-input.js';
import type { Clerk } from '../shared/page-kit.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const ACCOUNT_PATH = '/account';

/**
 * The clerk's account page with the section "Agenda-koppeling": the secret calendar feed URL of
 * their own requests and, for a coordinator, the organisation's. A new URL is shown in the answer
 * to the POST itself, once, and never put in a redirect: only its hash is stored.
 */
@Injectable()
export class CalendarFeedPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly feeds: CalendarFeedsService,
    private readonly config: AppConfig,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      ACCOUNT_PATH,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const revoked = (request.query as Record<string, unknown>).gelukt === 'ingetrokken';
        return this.show(reply, clerk, {
          notice: revoked ? 'De koppeling is ingetrokken. De oude link werkt niet meer.' : null,
        });
      }),
    );
    scope.post(
      `${ACCOUNT_PATH}/agenda`,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const feedScope = this.scopeOf(request, clerk);
        if (feedScope === undefined)
          return this.kit.forbidden(
            reply,
            clerk,
            'de agenda-koppeling van de hele organisatie beheren',
          );
        const { token } = await this.feeds.create(clerk.actor, feedScope);
        return this.show(reply, clerk, {
          newUrl: `${this.baseUrl(request)}${calendarFeedPath(token)}`,
          newScope: feedScope,
        });
      }),
    );
    scope.post(
      `${ACCOUNT_PATH}/agenda/intrekken`,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const feedScope = this.scopeOf(request, clerk);
        if (feedScope === undefined)
          return this.kit.forbidden(
            reply,
            clerk,
            'de agenda-koppeling van de hele organisatie beheren',
          );
        const feed = (await this.feeds.list(clerk.actor)).find((f) => f.scope === feedScope);
        if (feed !== undefined) await this.feeds.revoke(clerk.actor, feed.id);
        return reply.redirect(`${ACCOUNT_PATH}?gelukt=ingetrokken#agenda`, 303);
      }),
    );
  }

  /** The form's scope; undefined when the clerk may not manage it (the organisation's feed). */
  private scopeOf(request: FastifyRequest, clerk: Clerk): CalendarFeedScope | undefined {
    const scope = new FormReader(request.body).values.scope;
    if (scope === 'organisation') {
      return clerk.actor.role === 'coordinator' ? 'organisation' : undefined;
    }
    return 'mine';
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    shown: { notice?: string | null; newUrl?: string; newScope?: CalendarFeedScope },
  ) {
    const active = await this.feeds.list(clerk.actor);
    const since = (scope: CalendarFeedScope) => {
      const feed = active.find((f) => f.scope === scope);
      return feed ? dutchDate(feed.createdAt) : null;
    };
    return this.kit.html(
      reply,
      'account',
      {
        title: 'Mijn account',
        notice: shown.notice ?? null,
        newUrl: shown.newUrl ?? null,
        newIsOrganisation: shown.newScope === 'organisation',
        mineSince: since('mine'),
        organisationSince: since('organisation'),
        coordinator: clerk.actor.role === 'coordinator',
      },
      clerk,
    );
  }

  private baseUrl(request: FastifyRequest): string {
    return this.config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
  }
}

function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
