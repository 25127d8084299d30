import { Injectable } from '@nestjs/common';
import {
  BRAND_MIN_CONTRAST,
  brandColourProblem,
  checkPngLogo,
  LOGO_MAX_BYTES,
  type LogoProblem,
} from '@wobdesk/domain';
import { PublicSubmissionService } from '@wobdesk/public-status';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PRIVACY_STATEMENT_MAX, PRIVACY_URL } from '../../organisation/branding.dto.js';
import { BrandingService } from '../../organisation/branding.service.js';
import { readCapped } from '../../organisation/capped-upload.js';
import { EMPTY_FORM, FormReader, type FormState } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView } from '../shared/form-view.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { brandOf, brandStylesheet, LOGO_PATH, STYLESHEET_PATH } from '../shared/site-brand.js';

/** The ratio as Dutch writes it: "4,5 : 1". */
const MIN_CONTRAST_NL = `${String(BRAND_MIN_CONTRAST).replace('.', ',')} : 1`;

export const BRANDING_SETTINGS_PATH = '/instellingen/huisstijl';
const PREFIX = 'huisstijl-';
/** Short enough that a new logo or colour shows within minutes where the URL is not versioned. */
const CACHE = 'public, max-age=300';

const FIELDS: readonly FieldSpec[] = [
  {
    name: 'primaryColour',
    label: 'Hoofdkleur',
    description: `Een kleurcode zoals #154273. De kleur van knoppen, links en de kopbalk, met witte tekst erop of wit eromheen. Daarom moet het contrast met wit minstens ${MIN_CONTRAST_NL} zijn. Leeg: de standaardkleur.`,
  },
  {
    name: 'privacyStatement',
    label: 'Privacyverklaring op het formulier',
    type: 'textarea',
    description:
      'Tekst, met een witregel tussen alinea’s, of alleen het adres (https://…) van uw privacyverklaring. Leeg: de standaardtekst van Wobdesk.',
  },
];

const LOGO_MESSAGES: Record<LogoProblem, string> = {
  empty: 'Kies een PNG-bestand.',
  too_large: `Het logo is te groot. Het mag hoogstens ${LOGO_MAX_BYTES / 1024} kB zijn.`,
  not_png: 'Dit is geen PNG-bestand. Alleen PNG kan, ook geen SVG: een SVG kan code bevatten.',
  dimensions: 'Het logo mag hoogstens 2000 pixels breed en 1000 pixels hoog zijn.',
};

/**
 * The branding of the requester's pages: the public logo and stylesheet of the site's
 * organisation, and the coordinator's settings page (the same service as the API, each change
 * recorded). The logo upload is multipart: its CSRF token is the form's first field.
 */
@Injectable()
export class BrandingPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly branding: BrandingService,
    private readonly submissions: PublicSubmissionService,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(LOGO_PATH, async (request, reply) => {
      const organisation = await this.submissions.organisation();
      const logo = organisation && (await this.branding.logo(organisation.id));
      if (!logo) return this.kit.notFound(reply);
      return this.cached(request, reply, logo.sha256, 'image/png', logo.png);
    });
    scope.get(STYLESHEET_PATH, async (request, reply) => {
      const organisation = await this.submissions.organisation();
      const colour = organisation && (await this.branding.get(organisation.id)).primaryColour;
      const css = colour ? brandStylesheet(colour) : '';
      return this.cached(request, reply, colour ?? 'none', 'text/css; charset=utf-8', css);
    });
    scope.get(
      BRANDING_SETTINGS_PATH,
      this.kit.coordinatorOnly('de huisstijl wijzigen', async (request, reply, clerk) => {
        const query = request.query as Record<string, unknown>;
        const notice = query.gelukt === '1' ? 'De huisstijl is opgeslagen.' : null;
        return this.show(reply, clerk, { notice });
      }),
    );
    scope.post(
      BRANDING_SETTINGS_PATH,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly('de huisstijl wijzigen', async (request, reply, clerk) => {
        const form = new FormReader(request.body);
        const colour = form.text('primaryColour', { max: 7 })?.toLowerCase() ?? null;
        const privacy = form.text('privacyStatement', { max: PRIVACY_STATEMENT_MAX }) ?? null;
        const problem = colour === null ? undefined : brandColourProblem(colour);
        if (problem === 'format') {
          form.errors.primaryColour =
            'Vul een kleurcode in zoals #154273: een # en zes tekens 0-9 of a-f.';
        } else if (problem === 'contrast') {
          form.errors.primaryColour = `Deze kleur is te licht: het contrast met wit moet minstens ${MIN_CONTRAST_NL} zijn, anders is witte tekst erop slecht te lezen. Kies een donkerdere kleur.`;
        }
        if (privacy !== null && /^https?:/i.test(privacy) && !PRIVACY_URL.test(privacy)) {
          form.errors.privacyStatement =
            'Vul één adres in dat begint met https://, zonder spaties.';
        }
        if (!form.ok) return this.show(reply, clerk, { typed: form.state() }, 400);
        await this.branding.change(clerk.actor, {
          primaryColour: colour,
          privacyStatement: privacy,
        });
        return reply.redirect(`${BRANDING_SETTINGS_PATH}?gelukt=1`, 303);
      }),
    );
    scope.post(
      `${BRANDING_SETTINGS_PATH}/logo`,
      this.kit.coordinatorOnly('de huisstijl wijzigen', async (request, reply, clerk) => {
        if (!request.isMultipart())
          return this.show(reply, clerk, { logoError: LOGO_MESSAGES.empty }, 400);
        const parts = request.parts();
        // A body that says multipart but cannot be read as such (no boundary) has no file.
        const first = await parts.next().catch(() => undefined);
        if (first === undefined)
          return this.show(reply, clerk, { logoError: LOGO_MESSAGES.empty }, 400);
        const token =
          !first.done && first.value.type === 'field' && first.value.fieldname === '_csrf'
            ? String(first.value.value)
            : undefined;
        if (!passesCsrf(scope, request, reply, token)) return reply;
        let png: Uint8Array = new Uint8Array();
        for await (const part of { [Symbol.asyncIterator]: () => parts }) {
          if (part.type === 'file') {
            png = await readCapped(part, LOGO_MAX_BYTES);
            break;
          }
        }
        const check = checkPngLogo(png);
        if (!check.ok)
          return this.show(reply, clerk, { logoError: LOGO_MESSAGES[check.problem] }, 400);
        await this.branding.replaceLogo(clerk.actor, png);
        return reply.redirect(`${BRANDING_SETTINGS_PATH}?gelukt=1`, 303);
      }),
    );
    scope.post(
      `${BRANDING_SETTINGS_PATH}/logo/verwijderen`,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly('de huisstijl wijzigen', async (_request, reply, clerk) => {
        await this.branding.removeLogo(clerk.actor);
        return reply.redirect(`${BRANDING_SETTINGS_PATH}?gelukt=1`, 303);
      }),
    );
  }

  /** A public file of the branding: its type, no sniffing, cached briefly and revalidated. */
  private cached(
    request: FastifyRequest,
    reply: FastifyReply,
    version: string,
    type: string,
    body: Buffer | string,
  ) {
    const etag = `"${version}"`;
    reply
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', CACHE)
      .header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(type).send(body);
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    state: { typed?: FormState; notice?: string | null; logoError?: string },
    status = 200,
  ) {
    const current = await this.branding.get(clerk.actor.organisationId);
    const form: FormState = state.typed ?? {
      ...EMPTY_FORM,
      values: {
        primaryColour: current.primaryColour ?? '',
        privacyStatement: current.privacyStatement ?? '',
      },
    };
    return this.kit.html(
      reply,
      'instellingen-huisstijl',
      {
        title: 'Huisstijl van de pagina’s voor aanvragers',
        notice: state.notice ?? null,
        errorSummary: errorSummary(form, PREFIX),
        formError: form.formError,
        fields: FIELDS.map((f) => fieldView(form, f, PREFIX)),
        logo: current.logo && { ...brandOf(current).logo, preview: true },
        logoError: state.logoError ?? null,
        maxKb: LOGO_MAX_BYTES / 1024,
      },
      clerk,
      status,
    );
  }
}

/** The scope's CSRF check on a token read from the multipart body (as the document upload). */
function passesCsrf(
  scope: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string | undefined,
): boolean {
  (request as { body: unknown }).body = { _csrf: token };
  let passed = false;
  scope.csrfProtection(request, reply, () => {
    passed = true;
  });
  return passed;
}
