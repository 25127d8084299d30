import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import { writeInventoryCsv, writeInventoryXlsx } from '@wobdesk/inventory';
import type { PublishedDocumentRecord } from '@wobdesk/persistence';
import { type PublicDecision, PublicSection, robotsTxt, Sitemaps } from '@wobdesk/publication';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PublishedFiles } from '../../publication/published-files.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { inventoryTable } from './public-views.js';

import { PUBLIC_PATH } from './public-paths.js';

export { PUBLIC_PATH };
const SLUG = /^[a-z0-9-]{1,80}$/;
const FILE_NAME = /^[A-Za-z0-9._-]{1,200}$/;
const SITEMAP = /^([1-9]\d{0,5})\.xml$/;

const INVENTORY_FORMATS = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: writeInventoryXlsx,
  },
  csv: { type: 'text/csv; charset=utf-8', write: writeInventoryCsv },
} as const;

/**
 * The public section (no login): the published decisions, their files, and the sitemaps with
 * DiWoo metadata that the national Woo index reads, with robots.txt naming them. Only what was
 * published and not withdrawn is shown; a withdrawn decision's page says it was withdrawn.
 */
@Injectable()
export class PublicPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly section: PublicSection,
    private readonly sitemaps: Sitemaps,
    private readonly config: AppConfig,
    private readonly files: PublishedFiles,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(PUBLIC_PATH, async (request, reply) => this.list(request, reply));
    scope.get<{ Params: { slug: string } }>(`${PUBLIC_PATH}/:slug`, async (request, reply) =>
      this.decision(request.params.slug, reply),
    );
    scope.get<{ Params: { slug: string; file: string } }>(
      `${PUBLIC_PATH}/:slug/bestanden/:file`,
      async (request, reply) => this.file(request.params.slug, request.params.file, request, reply),
    );
    scope.get('/robots.txt', async (request, reply) =>
      reply.type('text/plain; charset=utf-8').send(robotsTxt(this.baseUrl(request))),
    );
    scope.get('/sitemap.xml', async (request, reply) =>
      reply
        .type('application/xml; charset=utf-8')
        .send(await this.sitemaps.index(this.baseUrl(request))),
    );
    scope.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
      const match = SITEMAP.exec(request.params.file);
      if (!match || !(await this.sitemaps.exists(Number(match[1])))) {
        return this.kit.notFound(reply);
      }
      const stream = Readable.from(this.sitemaps.sitemap(this.baseUrl(request), Number(match[1])));
      return reply.type('application/xml; charset=utf-8').send(stream);
    });
  }

  private async blob(
    sha256: string,
    record: PublishedDocumentRecord,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const etag = `"${sha256}"`;
    reply
      .header('cache-control', PUBLIC_FILE_CACHE)
      .header('etag', etag)
      .header('last-modified', (record.publishedAt ?? new Date(0)).toUTCString());
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const file = await this.files.open(sha256);
    if (!file) return this.kit.notFound(reply);
    return reply
      .type(record.mediaType)
      .header('content-length', file.size)
      .header('content-disposition', contentDisposition(record))
      .send(file.stream);
  }

  /** PUBLIC_BASE_URL, or this request's own origin when it is not set (development). */
  private baseUrl(request: FastifyRequest): string {
    return this.config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
  }

  private async list(request: FastifyRequest, reply: FastifyReply) {
    const raw = (request.query as { pagina?: string }).pagina;
    const page = raw !== undefined && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
    const { items, total, pages } = await this.section.page(page);
    const at = (n: number) => `${PUBLIC_PATH}?pagina=${n}`;
    return this.kit.html(reply, 'openbaar', {
      title: 'Gepubliceerde Woo-besluiten',
      items: items.map((i) => ({
        ...i,
        href: `${PUBLIC_PATH}/${i.slug}`,
      })),
      total,
      paged: pages > 1,
      page,
      pages,
      previous: page > 1 ? at(page - 1) : null,
      next: page < pages ? at(page + 1) : null,
    });
  }

  private async decision(slug: string, reply: FastifyReply) {
    const found = SLUG.test(slug) ? await this.section.decision(slug) : null;
    if (!found) return this.kit.notFound(reply);
    return this.kit.html(reply, 'openbaar-besluit', decisionView(found));
  }

  private async file(slug: string, fileName: string, request: FastifyRequest, reply: FastifyReply) {
    const [base, format] = fileName.split(/\.(?=[a-z]+$)/);
    const found =
      SLUG.test(slug) && FILE_NAME.test(fileName)
        ? await this.section.file(
            slug,
            base === 'inventarislijst' ? 'inventarislijst.csv' : fileName,
          )
        : null;
    if (!found) return this.kit.notFound(reply);
    reply.header('x-content-type-options', 'nosniff');
    if (found.kind === 'blob') {
      if (fileName !== found.record.fileName) return this.kit.notFound(reply);
      return this.blob(found.sha256, found.record, request, reply);
    }
    const spec = INVENTORY_FORMATS[format as keyof typeof INVENTORY_FORMATS];
    if (spec === undefined) return this.kit.notFound(reply);
    const out = new PassThrough();
    spec.write(found.rows, out).catch((error: unknown) => out.destroy(error as Error));
    return reply
      .type(spec.type)
      .header('content-disposition', `attachment; filename="inventarislijst.${format}"`)
      .send(out);
  }
}

/**
 * A published file from the store. The bytes at an address never change (a new copy gets a new
 * publication), so the SHA-256 is a strong ETag and a revalidation costs one 304; the hour of
 * max-age is kept short because a withdrawal must take the file off the site, caches included.
 */
export const PUBLIC_FILE_CACHE = 'public, max-age=3600, must-revalidate';

function decisionView(d: PublicDecision) {
  const href = (file: string) => `${PUBLIC_PATH}/${d.slug}/bestanden/${file}`;
  const decision = d.files.find((f) => f.kind === 'decision');
  return {
    title: d.title,
    publishedOn: d.publishedOn,
    withdrawn: d.withdrawn,
    decision: decision && {
      href: href(decision.fileName),
      kb: Math.max(1, Math.round(decision.bytes / 1024)),
    },
    inventory: d.inventory && {
      rows: inventoryTable(d.inventory),
      xlsx: href('inventarislijst.xlsx'),
      csv: href('inventarislijst.csv'),
    },
    documents: d.files
      .filter((f) => f.kind === 'document')
      .map((f) => ({ title: f.title, href: href(f.fileName) })),
  };
}

/**
 * PDFs open in the browser, anything else is saved. The route only serves names that passed
 * FILE_NAME, but the header is built safe for any stored name: an ASCII fallback without quotes
 * or control characters, and the exact name encoded (RFC 6266, RFC 8187).
 */
export function contentDisposition(
  record: Pick<PublishedDocumentRecord, 'fileName' | 'mediaType'>,
): string {
  const how = record.mediaType === 'application/pdf' ? 'inline' : 'attachment';
  const ascii = record.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${how}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(record.fileName)}`;
}
