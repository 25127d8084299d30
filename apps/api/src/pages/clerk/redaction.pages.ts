import { Injectable } from '@nestjs/common';
import { DocumentRedactions } from '@wobdesk/documents';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UUID_SHAPE } from '../../common/validation.js';
import { renderPageImage } from '@wobdesk/redaction';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import {
  areaBetween,
  type Corner,
  PAGE_IMAGE_DPI,
  PAGES_AT_ONCE,
  parseCorner,
  pointOfClick,
  pointsOfMm,
  type RedactionError,
  type RedactionForm,
  redactionErrorOf,
  redactionStylesheet,
  redactionView,
} from './redaction-view.js';

type Params = { Params: { id: string; number: string; page?: string; mark?: string } };
type Form = Readonly<Record<string, string | string[] | undefined>>;

const NUMBER = /^\d{1,9}$/;

function all(form: Form, name: string): string[] {
  const v = form[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((s) => s.trim() !== '');
}
function one(form: Form, name: string): string | undefined {
  return all(form, name).at(-1);
}

const NOTICES: Readonly<Record<string, string>> = {
  gemarkeerd: 'De markering is opgeslagen.',
  verwijderd: 'De markering is verwijderd.',
  niets: 'Dit was al gemarkeerd.',
};

/**
 * The clerk's page for marking what a document's released version blacks out ("Lakken"): the
 * pages as images with the marks over them, a term with all its occurrences, the suggested
 * personal data, and areas: two clicks on a page image (the first corner kept in the address,
 * then the opposite corner) or typed in millimetres. No JavaScript: an image button sends its
 * click's position with the form. Changes go through `DocumentRedactions`, as in the API.
 */
@Injectable()
export class RedactionPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly redactions: DocumentRedactions,
  ) {}

  routes(scope: FastifyInstance): void {
    const path = '/verzoeken/:id/inventaris/:number/lakken';
    scope.get<Params>(
      path,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number } = request.params as Params['Params'];
        const query = request.query as Record<string, string | undefined>;
        // A click on a page image without a first corner yet: this is the first corner.
        const page = NUMBER.test(query.pagina ?? '') ? Number(query.pagina) : undefined;
        const click = pointOfClick(query['klik.x'], query['klik.y']);
        const corner = page !== undefined && click ? { page, ...click } : undefined;
        return this.show(reply, clerk, id, number, {
          from: fromOf(query.vanaf, corner),
          corner,
          notice: NOTICES[query.gelukt ?? ''] ?? null,
        });
      }),
    );
    scope.get<Params>(
      `${path}.css`,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number } = request.params as Params['Params'];
        if (!UUID_SHAPE.test(id) || !NUMBER.test(number)) return this.kit.notFound(reply, clerk);
        const query = request.query as Record<string, string | undefined>;
        try {
          const sheet = await this.redactions.sheet(clerk.actor, id, Number(number));
          const css = redactionStylesheet(sheet.pages, sheet.marks, parseCorner(query.hoek));
          return reply
            .type('text/css; charset=utf-8')
            .header('cache-control', 'no-store')
            .send(css);
        } catch (error) {
          if (error instanceof WorkflowError) return this.kit.notFound(reply, clerk);
          throw error;
        }
      }),
    );
    scope.get<Params>(
      '/verzoeken/:id/inventaris/:number/pagina/:page.png',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number, page = '' } = request.params as Params['Params'];
        if (!UUID_SHAPE.test(id) || !NUMBER.test(number) || !NUMBER.test(page)) {
          return this.kit.notFound(reply, clerk);
        }
        try {
          const file = await this.redactions.pageFile(
            clerk.actor,
            id,
            Number(number),
            Number(page),
          );
          const png = await renderPageImage(file.path, file.page, { dpi: PAGE_IMAGE_DPI });
          return reply
            .type('image/png')
            .header('cache-control', 'private, max-age=300')
            .header('x-content-type-options', 'nosniff')
            .send(png);
        } catch (error) {
          if (error instanceof WorkflowError) return this.kit.notFound(reply, clerk);
          throw error;
        }
      }),
    );
    this.post(scope, `${path}/term`, 'term', (clerk, id, number, form) =>
      this.redactions.markTerm(clerk.actor, id, number, {
        term: one(form, 'term') ?? '',
        ground: one(form, 'ground'),
      }),
    );
    this.post(scope, `${path}/term/verwijderen`, 'term', (clerk, id, number, form) =>
      this.redactions.removeTerm(clerk.actor, id, number, { term: one(form, 'term') ?? '' }),
    );
    this.post(scope, `${path}/voorstellen`, 'voorstel', (clerk, id, number, form) => {
      const kind = one(form, 'soort');
      return this.redactions.acceptSuggestions(clerk.actor, id, number, {
        ...(kind === undefined ? { ids: all(form, 'ids') } : { kind }),
        ground: one(form, 'ground'),
      });
    });
    this.post(scope, `${path}/vlak`, 'vlak', (clerk, id, number, form) =>
      this.redactions.markArea(clerk.actor, id, number, areaOf(form)),
    );
    this.post(scope, `${path}/:mark/verwijderen`, 'vlak', (clerk, id, number, _form, mark) => {
      if (!UUID_SHAPE.test(mark)) return Promise.reject(notFound());
      return this.redactions.remove(clerk.actor, id, number, mark.toLowerCase());
    });
  }

  /** A form of the page: done, back to the page (PRG); refused, the page with the reason. */
  private post(
    scope: FastifyInstance,
    path: string,
    form: RedactionForm,
    act: (clerk: Clerk, id: string, number: number, body: Form, mark: string) => Promise<unknown>,
  ): void {
    scope.post<Params>(
      path,
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number, mark = '' } = request.params as Params['Params'];
        if (!UUID_SHAPE.test(id) || !NUMBER.test(number)) return this.kit.notFound(reply, clerk);
        const body = (request.body ?? {}) as Form;
        const base = `/verzoeken/${id}/inventaris/${number}/lakken`;
        try {
          const result = await act(clerk, id, Number(number), body, mark);
          const outcome = path.endsWith('verwijderen')
            ? 'verwijderd'
            : Array.isArray(result) && result.length === 0
              ? 'niets'
              : 'gemarkeerd';
          const from = fromOf(one(body, 'vanaf'), undefined);
          return reply.redirect(`${base}?vanaf=${from}&gelukt=${outcome}#markeringen`, 303);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found') {
            return this.kit.notFound(reply, clerk);
          }
          const refused = redactionErrorOf(error, form);
          const corner = form === 'vlak' ? parseCorner(one(body, 'hoek')) : undefined;
          return this.show(
            reply,
            clerk,
            id,
            number,
            {
              from: fromOf(one(body, 'vanaf'), corner),
              corner,
              error: refused,
              typed: { term: one(body, 'term'), ground: one(body, 'ground') },
            },
            422,
          );
        }
      }),
    );
  }

  private async show(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    number: string,
    view: {
      from: number;
      corner?: Corner;
      notice?: string | null;
      error?: RedactionError;
      typed?: Readonly<Record<string, string | undefined>>;
    },
    status = 200,
  ) {
    if (!UUID_SHAPE.test(id) || !NUMBER.test(number)) return this.kit.notFound(reply, clerk);
    try {
      const sheet = await this.redactions.sheet(clerk.actor, id, Number(number));
      const corner =
        view.corner && view.corner.page <= sheet.pages.length ? view.corner : undefined;
      return this.kit.html(
        reply,
        'lakken',
        {
          title: `Document ${sheet.document.number} lakken`,
          requestId: id,
          number: sheet.document.number,
          fileName: sheet.document.fileName,
          partlyPublic: sheet.document.assessment === 'partly_public',
          notice: view.notice ?? null,
          ...redactionView(id, sheet, {
            from: Math.min(view.from, Math.max(1, sheet.pages.length)),
            corner,
            error: view.error ?? null,
            typed: view.typed ?? {},
          }),
        },
        clerk,
        status,
      );
    } catch (error) {
      if (error instanceof WorkflowError && error.kind === 'not_found') {
        return this.kit.notFound(reply, clerk);
      }
      if (error instanceof WorkflowError && error.code === 'DOCUMENT.NOT_PDF') {
        return this.kit.errorPage(reply, 422, 'Lakken niet mogelijk', error.nl, clerk);
      }
      throw error;
    }
  }
}

/** The first page shown: the stretch holding the corner chosen, or the one asked for. */
function fromOf(value: string | undefined, corner: Corner | undefined): number {
  if (corner) return Math.floor((corner.page - 1) / PAGES_AT_ONCE) * PAGES_AT_ONCE + 1;
  return NUMBER.test(value ?? '') && Number(value) >= 1 ? Number(value) : 1;
}

/**
 * The area of the form: two corners clicked on the page image (the first kept in `hoek`), or
 * the page and the area typed in millimetres from the top-left corner.
 */
function areaOf(form: Form) {
  const ground = one(form, 'ground');
  const corner = parseCorner(one(form, 'hoek'));
  const click = pointOfClick(one(form, 'klik.x'), one(form, 'klik.y'));
  if (corner && click) return { page: corner.page, ...areaBetween(corner, click), ground };
  const page = one(form, 'pagina') ?? '';
  return {
    page: NUMBER.test(page) ? Number(page) : NaN,
    x: pointsOfMm(one(form, 'links')),
    y: pointsOfMm(one(form, 'boven')),
    width: pointsOfMm(one(form, 'breedte')),
    height: pointsOfMm(one(form, 'hoogte')),
    ground,
  };
}

function notFound(): WorkflowError {
  return new WorkflowError(
    'not_found',
    'DOCUMENT.REDACTION_NOT_FOUND',
    'Deze lakking hoort niet bij dit document.',
    'This redaction does not belong to this document.',
  );
}
