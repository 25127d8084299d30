import { Injectable } from '@nestjs/common';
import {
  type OrganisationRecord,
  type PublicationRecord,
  type PublishedDocumentRecord,
  UnitOfWork,
} from '@wobdesk/persistence';
import {
  type DiwooDocument,
  type DiwooLink,
  SITEMAP_MAX_URLS,
  sitemapIndexXml,
  sitemapUrlXml,
  URLSET_CLOSE,
  URLSET_OPEN,
} from './diwoo-xml.js';
import { dayOf } from './public-section.js';
import { tooiOrganisation } from './tooi/tooi-organisation.js';

/** Rows read per query while a sitemap is written: memory stays flat whatever the table holds. */
const PAGE = 1000;

/** The public address of a published file. */
export function fileUrl(baseUrl: string, slug: string, fileName: string): string {
  return `${baseUrl}/openbaar/${encodeURIComponent(slug)}/bestanden/${encodeURIComponent(fileName)}`;
}

/**
 * The sitemaps of the published files with their DiWoo metadata, for the national Woo index.
 * Sitemap k holds the public files with `seq` in block k (at most 50,000, the protocol's limit),
 * so a file keeps its sitemap when others are withdrawn; a withdrawn file leaves its sitemap.
 * Each sitemap is read by keyset pages of the primary key and written as it is read.
 */
@Injectable()
export class Sitemaps {
  constructor(private readonly storage: UnitOfWork) {}

  async index(baseUrl: string, blockSize = SITEMAP_MAX_URLS): Promise<string> {
    const blocks = await this.storage.read((tx) => tx.publications.sitemapBlocks(blockSize));
    return sitemapIndexXml(
      blocks.map((b) => ({
        url: `${baseUrl}/sitemaps/${b.block + 1}.xml`,
        lastmod: dayOf(b.lastPublishedAt),
      })),
    );
  }

  /** Whether sitemap `number` (1-based) has a public file (an empty urlset is not a sitemap). */
  async exists(number: number, blockSize = SITEMAP_MAX_URLS): Promise<boolean> {
    const after = (number - 1) * blockSize;
    const first = await this.storage.read((tx) =>
      tx.publications.publicDocumentsBetween(after, after + blockSize, 1),
    );
    return first.length > 0;
  }

  /** Sitemap `number` (1-based) as text pieces. */
  async *sitemap(
    baseUrl: string,
    number: number,
    blockSize = SITEMAP_MAX_URLS,
  ): AsyncGenerator<string> {
    let after = (number - 1) * blockSize;
    const through = number * blockSize;
    const organisations = new Map<string, OrganisationRecord | null>();
    yield URLSET_OPEN;
    for (;;) {
      const page = await this.storage.read(async (tx) => {
        const files = await tx.publications.publicDocumentsBetween(after, through, PAGE);
        const ids = [...new Set(files.map((f) => f.requestId))];
        const publications = await tx.publications.publicationsOf(ids);
        const decisions = ids.filter((id) =>
          files.some((f) => f.requestId === id && f.kind === 'decision'),
        );
        const parts = await tx.publications.publicDocumentsOf(decisions);
        for (const p of publications) {
          if (!organisations.has(p.organisationId)) {
            organisations.set(p.organisationId, await tx.organisations.find(p.organisationId));
          }
        }
        return { files, publications, parts };
      });
      const byRequest = new Map(page.publications.map((p) => [p.requestId, p]));
      const out: string[] = [];
      for (const file of page.files) {
        const p = byRequest.get(file.requestId);
        const organisation = p && organisations.get(p.organisationId);
        const publisher = organisation?.tooiUri
          ? tooiOrganisation(organisation.tooiUri)
          : undefined;
        // Without a valid publisher the schema refuses the whole sitemap: such a file waits.
        if (!p || p.withdrawnAt || !publisher) continue;
        const parts = page.parts.filter(
          (f) => f.requestId === p.requestId && f.kind !== 'decision',
        );
        out.push(sitemapUrlXml(diwooOf(baseUrl, p, file, publisher, parts)), '\n');
      }
      if (out.length > 0) yield out.join('');
      if (page.files.length < PAGE) break;
      after = page.files[page.files.length - 1]!.seq;
    }
    yield URLSET_CLOSE;
  }
}

function diwooOf(
  baseUrl: string,
  p: PublicationRecord,
  file: PublishedDocumentRecord,
  publisher: DiwooDocument['publisher'],
  parts: readonly PublishedDocumentRecord[],
): DiwooDocument {
  const link = (f: Pick<PublishedDocumentRecord, 'fileName' | 'title'>): DiwooLink => ({
    url: fileUrl(baseUrl, p.slug, f.fileName),
    title: f.title,
  });
  const isDecision = file.kind === 'decision';
  return {
    url: fileUrl(baseUrl, p.slug, file.fileName),
    lastmod: dayOf(file.publishedAt!),
    publisher,
    officialTitle: file.title,
    createdOn: file.createdOn,
    adoptedAt: p.adoptedAt,
    ...(isDecision
      ? { hasParts: parts.map(link) }
      : { isPartOf: { url: fileUrl(baseUrl, p.slug, 'besluit.pdf'), title: p.title } }),
  };
}
