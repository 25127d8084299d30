import {
  TOOI_DOCUMENT_ACTIONS,
  type TooiValue,
  WOO_DECISIONS_CATEGORY,
} from './tooi/tooi-lists.js';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const DIWOO_NS = 'https://standaarden.overheid.nl/diwoo/metadata/';
/** The sitemaps protocol's limit of urls per sitemap. */
export const SITEMAP_MAX_URLS = 50_000;

const VASTSTELLING = TOOI_DOCUMENT_ACTIONS.find((a) => a.label === 'vaststelling')!;

/** A link to another published file, with its title. */
export interface DiwooLink {
  readonly url: string;
  readonly title: string;
}

/** What the DiWoo metadata of one published file says. */
export interface DiwooDocument {
  readonly url: string;
  /** YYYY-MM-DD: the day it was published (the sitemap's lastmod). */
  readonly lastmod: string;
  readonly publisher: TooiValue;
  readonly officialTitle: string;
  /** YYYY-MM-DD. */
  readonly createdOn: string;
  /** When the decision was adopted (vaststelling), as an xs:dateTime with offset. */
  readonly adoptedAt: string;
  /** The decision this file belongs to; absent for the decision itself. */
  readonly isPartOf?: DiwooLink;
  /** The decision's annexes and released documents. */
  readonly hasParts?: readonly DiwooLink[];
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text or attribute content as XML: the five special characters escaped and the characters XML
 * 1.0 forbids (C0 controls but tab, CR and LF; lone surrogates; U+FFFE/U+FFFF) dropped, since a
 * title pasted from a mail can hold them and one of them breaks the whole sitemap.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const resource = (tag: string, value: { uri?: string; url?: string }, label: string) =>
  `<diwoo:${tag} resource="${escapeXml(value.uri ?? value.url ?? '')}">${escapeXml(label)}</diwoo:${tag}>`;

/** One `<url>` of a sitemap: the file's address and its `diwoo:Document`. */
export function sitemapUrlXml(doc: DiwooDocument): string {
  const parts = doc.hasParts ?? [];
  return [
    '<url>',
    `<loc>${escapeXml(doc.url)}</loc>`,
    `<lastmod>${doc.lastmod}</lastmod>`,
    '<diwoo:Document><diwoo:DiWoo>',
    `<diwoo:creatiedatum>${doc.createdOn}</diwoo:creatiedatum>`,
    resource('publisher', doc.publisher, doc.publisher.label),
    '<diwoo:titelcollectie>',
    `<diwoo:officieleTitel>${escapeXml(doc.officialTitle)}</diwoo:officieleTitel>`,
    '</diwoo:titelcollectie>',
    '<diwoo:classificatiecollectie><diwoo:informatiecategorieen>',
    resource('informatiecategorie', WOO_DECISIONS_CATEGORY, WOO_DECISIONS_CATEGORY.label),
    '</diwoo:informatiecategorieen></diwoo:classificatiecollectie>',
    '<diwoo:documenthandelingen><diwoo:documenthandeling>',
    resource('soortHandeling', VASTSTELLING, VASTSTELLING.label),
    `<diwoo:atTime>${doc.adoptedAt}</diwoo:atTime>`,
    '</diwoo:documenthandeling></diwoo:documenthandelingen>',
    doc.isPartOf ? resource('isPartOf', doc.isPartOf, doc.isPartOf.title) : '',
    parts.length > 0
      ? `<diwoo:hasParts>${parts.map((p) => resource('hasPart', p, p.title)).join('')}</diwoo:hasParts>`
      : '',
    '</diwoo:DiWoo></diwoo:Document>',
    '</url>',
  ].join('');
}

export const URLSET_OPEN =
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<urlset xmlns="${SITEMAP_NS}" xmlns:diwoo="${DIWOO_NS}">\n`;
export const URLSET_CLOSE = '</urlset>\n';

/** A sitemap index entry. */
export interface SitemapRef {
  readonly url: string;
  /** YYYY-MM-DD. */
  readonly lastmod: string;
}

export function sitemapIndexXml(sitemaps: readonly SitemapRef[]): string {
  const entries = sitemaps.map(
    (s) => `<sitemap><loc>${escapeXml(s.url)}</loc><lastmod>${s.lastmod}</lastmod></sitemap>\n`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n` +
    entries.join('') +
    '</sitemapindex>\n'
  );
}

/**
 * robots.txt: crawlers may read the public section and the sitemaps, nothing else (the clerks'
 * pages need a login and a status link is the requester's secret), and the index is named.
 */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /openbaar',
    'Allow: /sitemap.xml',
    'Allow: /sitemaps/',
    'Disallow: /',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
