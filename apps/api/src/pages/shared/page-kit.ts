import { Inject, Injectable } from '@nestjs/common';
import { type Authenticator } from '@wobdesk/accounts';
import { CLOCK } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import type { Clock } from '@wobdesk/domain';
import { type Actor, WorkflowError } from '@wobdesk/register';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AUTHENTICATOR } from '../../common/tokens.js';
import { UUID_SHAPE } from '../../common/validation.js';
import { type LayoutView, PageRenderer } from './page-renderer.js';
import { cookieOptions } from './page-security.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The organisation the requester's pages speak for (pages.plugin.ts reads it). */
    siteName?: string;
    /** Its logo and colour on the requester's pages; absent: the default look. */
    siteBrand?: SiteBrand;
  }
}

/** What the layout needs of the organisation's branding (the bytes are on their own routes). */
export interface SiteBrand {
  /** The per-organisation stylesheet's address, versioned by the colour; null: no colour set. */
  readonly stylesheet: string | null;
  readonly logo: { readonly src: string; readonly width: number; readonly height: number } | null;
}

export const SESSION_COOKIE = 'wobdesk_session';
/** The brand of a requester's page while no organisation is set up (the form is closed then). */
const UNBRANDED = 'Wobdesk';
/** The default look: no organisation stylesheet, no logo (the templates are strict). */
const UNBRANDED_LOOK: SiteBrand = { stylesheet: null, logo: null };
/** Carries a new request's status token from the POST to the confirmation page (PRG). */
const HANDOVER_COOKIE = 'wobdesk_nieuw';
const HANDOVER_SECONDS = 15 * 60;
export const LOGIN_PATH = '/inloggen';

/** A signed-in clerk on a page request. */
export interface Clerk {
  readonly actor: Actor;
  readonly token: string;
}

/** A page's own fields; the layout's session fields are filled in by `html`. */
export interface PageView {
  readonly title: string;
  readonly notice?: string | null;
  readonly errorSummary?: LayoutView['errorSummary'];
  readonly [field: string]: unknown;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
type ClerkHandler = (
  request: FastifyRequest,
  reply: FastifyReply,
  clerk: Clerk,
) => Promise<unknown>;

/** What every page handler needs: rendering, the clerk's session cookie, error pages. */
@Injectable()
export class PageKit {
  constructor(
    readonly renderer: PageRenderer,
    readonly config: AppConfig,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Today in Europe/Amsterdam, 'YYYY-MM-DD' (the default of the date fields). */
  today(): string {
    return this.clock.today().toString();
  }

  /** Renders a page with a fresh CSRF token; never cached (it may show a case). */
  html(
    reply: FastifyReply,
    page: string,
    view: PageView,
    clerk?: Clerk,
    status = 200,
  ): FastifyReply {
    const body = this.renderer.render(page, {
      notice: null,
      errorSummary: [],
      ...view,
      clerk: clerk
        ? { name: clerk.actor.name, coordinator: clerk.actor.role === 'coordinator' }
        : null,
      csrf: reply.generateCsrf(),
      // A requester sees the organisation they ask, never the name of the software; a clerk's
      // pages are the software's own and keep its look.
      site: {
        name: reply.request.siteName ?? UNBRANDED,
        ...((!clerk && reply.request.siteBrand) || UNBRANDED_LOOK),
      },
    });
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(body);
  }

  errorPage(reply: FastifyReply, status: number, title: string, message: string, clerk?: Clerk) {
    return this.html(reply, 'fout', { title, message }, clerk, status);
  }

  notFound(reply: FastifyReply, clerk?: Clerk) {
    return this.errorPage(
      reply,
      404,
      'Pagina niet gevonden',
      'Deze pagina bestaat niet, of u heeft er geen toegang toe.',
      clerk,
    );
  }

  async clerkOf(request: FastifyRequest): Promise<Clerk | undefined> {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '') return undefined;
    const actor = await this.authenticator.authenticate(token);
    return actor && { actor, token };
  }

  /**
   * A page for coordinators only: without a session to the login page, and a clerk gets the 403
   * page saying what only a coordinator may do (`may`: "de huisstijl wijzigen").
   */
  coordinatorOnly(may: string, handler: ClerkHandler): Handler {
    return this.clerkOnly(async (request, reply, clerk) =>
      clerk.actor.role === 'coordinator'
        ? handler(request, reply, clerk)
        : this.forbidden(reply, clerk, may),
    );
  }

  /**
   * Runs a clerk's work on request `id`: a malformed or unknown request is the 404 page; any
   * other refusal of the register goes to `refused`, which shows it on the page it belongs to.
   */
  async onRequest(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    work: () => Promise<unknown>,
    refused: (error: WorkflowError) => Promise<unknown>,
  ): Promise<unknown> {
    if (!UUID_SHAPE.test(id)) return this.notFound(reply, clerk);
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      if (error.kind === 'not_found') return this.notFound(reply, clerk);
      return refused(error);
    }
  }

  /** The 403 page of a coordinator's page, in the same words on every one. */
  forbidden(reply: FastifyReply, clerk: Clerk, may: string) {
    return this.errorPage(reply, 403, 'Geen toegang', `Alleen een coördinator kan ${may}.`, clerk);
  }

  /** A page for clerks only: without a valid session, to the login page (and back afterwards). */
  clerkOnly(handler: ClerkHandler): Handler {
    return async (request, reply) => {
      const clerk = await this.clerkOf(request);
      if (!clerk) {
        const back = request.method === 'GET' ? `?terug=${encodeURIComponent(request.url)}` : '';
        return reply.redirect(`${LOGIN_PATH}${back}`, 303);
      }
      return handler(request, reply, clerk);
    };
  }

  startSession(reply: FastifyReply, token: string, expiresAt: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      ...cookieOptions(this.cookiePolicy),
      expires: new Date(expiresAt),
    });
  }

  /**
   * A status token exists only when it is issued (registration, reissue). Instead of rendering it
   * on the POST (a refresh would issue it again), it is handed to the page that shows it in a
   * short-lived HttpOnly cookie valid for that page only, and redirected to: never in a URL or
   * a log. `redirectTo` may add a query or fragment to `path`.
   */
  handOver(
    reply: FastifyReply,
    path: string,
    value: string,
    cookie = HANDOVER_COOKIE,
    redirectTo = path,
  ) {
    reply.setCookie(cookie, value, {
      ...cookieOptions(this.cookiePolicy),
      path,
      maxAge: HANDOVER_SECONDS,
    });
    return reply.redirect(redirectTo, 303);
  }

  handedOver(request: FastifyRequest, cookie = HANDOVER_COOKIE): string | undefined {
    const value = request.cookies[cookie];
    return value === undefined || value === '' ? undefined : value;
  }

  /** Deletes a handed-over value once shown, so a reload does not show it again. */
  dropHandOver(reply: FastifyReply, path: string, cookie: string): void {
    reply.clearCookie(cookie, { ...cookieOptions(this.cookiePolicy), path });
  }

  endSession(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, cookieOptions(this.cookiePolicy));
  }

  get cookiePolicy() {
    return { secure: this.config.pages.cookieSecure };
  }
}
