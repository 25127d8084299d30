import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PublicSubmissionService } from '@wobdesk/public-status';
import type { FastifyInstance } from 'fastify';
import { BrandingService } from '../organisation/branding.service.js';
import { brandOf } from './shared/site-brand.js';
import { PAGE_ROUTES } from './pages.module.js';
import { ASSETS_PATH, registerAssets } from './shared/page-assets.js';
import { PageKit } from './shared/page-kit.js';
import { registerPageSecurity } from './shared/page-security.js';

/**
 * Registers the pages in a Fastify scope of their own, so their cookies, CSRF checks, form parser,
 * security headers and HTML error pages do not touch the JSON API. Must run after the rate-limit
 * plugin (its route hook limits the login, status and request-form pages) and before `app.init()`.
 */
export async function registerPages(
  app: NestFastifyApplication,
  templatesDir: string,
): Promise<void> {
  const kit = app.get(PageKit);
  const routes = PAGE_ROUTES.map((type) => app.get(type));
  const submissions = app.get(PublicSubmissionService);
  const branding = app.get(BrandingService);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    await registerPageSecurity(scope, kit.cookiePolicy);
    scope.setErrorHandler(async (error, request, reply) => {
      // Fastify's errors carry `statusCode`; the rate limit's refusal is a Nest HttpException.
      const status =
        (error as { statusCode?: number }).statusCode ??
        (error as { getStatus?: () => number }).getStatus?.() ??
        500;
      if (status === 403 && (error as { code?: string }).code?.startsWith('FST_CSRF')) {
        return kit.errorPage(
          reply,
          403,
          'Formulier verlopen',
          'Het formulier is verlopen of niet van deze site afkomstig. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
        );
      }
      if (status === 429) {
        return kit.errorPage(
          reply,
          429,
          'Even geduld',
          'U heeft dit te vaak geprobeerd. Probeer het over een minuut opnieuw.',
        );
      }
      if (status >= 400 && status < 500) {
        return kit.errorPage(
          reply,
          status,
          'Verzoek niet begrepen',
          'Deze aanvraag kunnen wij niet verwerken.',
        );
      }
      request.log.error(error);
      return kit.errorPage(
        reply,
        500,
        'Er ging iets mis',
        'Er ging bij ons iets mis. Probeer het later opnieuw.',
      );
    });
    // The site's organisation names and brands the requester's pages; read per page, so a rename
    // or a new logo shows at once.
    scope.addHook('onRequest', async (request) => {
      if (request.url.startsWith(`${ASSETS_PATH}/`)) return;
      const organisation = await submissions.organisation();
      request.siteName = organisation?.name;
      if (organisation) request.siteBrand = brandOf(await branding.get(organisation.id));
    });
    registerAssets(scope, templatesDir);
    for (const pages of routes) pages.routes(scope);
    // Any other GET is a page nobody has: an HTML page, not the API's JSON. Under /api the API's
    // own not-found answer stays (the more specific routes of both always match first).
    scope.get('/*', async (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
      return kit.notFound(reply, await kit.clerkOf(request));
    });
  });
}
