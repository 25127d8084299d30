import {
  type DiwooDocument,
  escapeXml,
  robotsTxt,
  sitemapIndexXml,
  sitemapUrlXml,
  URLSET_CLOSE,
  URLSET_OPEN,
} from './diwoo-xml.js';
import { tooiOrganisation } from './tooi/tooi-organisation.js';

const UTRECHT = tooiOrganisation('https://identifier.overheid.nl/tooi/id/gemeente/gm0344')!;

const decision: DiwooDocument = {
  url: 'https://woo.example.nl/openbaar/woo-12-abc/bestanden/besluit.pdf',
  lastmod: '2026-12-17',
  publisher: UTRECHT,
  officialTitle: 'Besluit op Woo-verzoek over "kap & bouw" <plein>',
  createdOn: '2026-12-03',
  adoptedAt: '2026-12-02T14:05:00+01:00',
  hasParts: [
    {
      url: 'https://woo.example.nl/openbaar/woo-12-abc/bestanden/inventarislijst.csv',
      title: 'Inventarislijst',
    },
  ],
};

describe('DiWoo XML', () => {
  it('escapes the five special characters and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('tab\there\u0001\u000Bbell\u0007')).toBe('tab\therebell');
    expect(escapeXml('lone \uD800 surrogate, pair 😀')).toBe('lone  surrogate, pair 😀');
  });

  it('writes a url with the required DiWoo parts, the publisher from the TOOI list', () => {
    const xml = sitemapUrlXml(decision);
    expect(xml).toContain(
      '<loc>https://woo.example.nl/openbaar/woo-12-abc/bestanden/besluit.pdf</loc>',
    );
    expect(xml).toContain(
      '<diwoo:publisher resource="https://identifier.overheid.nl/tooi/id/gemeente/gm0344">gemeente Utrecht</diwoo:publisher>',
    );
    expect(xml).toContain(
      '<diwoo:officieleTitel>Besluit op Woo-verzoek over &quot;kap &amp; bouw&quot; &lt;plein&gt;</diwoo:officieleTitel>',
    );
    expect(xml).toContain(
      '<diwoo:informatiecategorie resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532">Woo-verzoeken en -besluiten</diwoo:informatiecategorie>',
    );
    expect(xml).toContain(
      '<diwoo:soortHandeling resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76">vaststelling</diwoo:soortHandeling><diwoo:atTime>2026-12-02T14:05:00+01:00</diwoo:atTime>',
    );
    expect(xml).toContain(
      '<diwoo:hasParts><diwoo:hasPart resource="https://woo.example.nl/openbaar/woo-12-abc/bestanden/inventarislijst.csv">Inventarislijst</diwoo:hasPart></diwoo:hasParts>',
    );
    expect(xml).not.toContain('isPartOf');
  });

  it('links a part to its decision with isPartOf and no hasParts', () => {
    const xml = sitemapUrlXml({
      ...decision,
      hasParts: undefined,
      isPartOf: { url: decision.url, title: 'Besluit' },
    });
    expect(xml).toContain(`<diwoo:isPartOf resource="${decision.url}">Besluit</diwoo:isPartOf>`);
    expect(xml).not.toContain('hasParts');
  });

  it('opens and closes a urlset with both namespaces', () => {
    expect(URLSET_OPEN).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(URLSET_OPEN).toContain('xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/"');
    expect(URLSET_CLOSE).toBe('</urlset>\n');
  });

  it('lists the sitemaps in an index, and robots.txt names the index', () => {
    expect(sitemapIndexXml([{ url: 'https://x.nl/sitemaps/1.xml', lastmod: '2026-12-17' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<sitemap><loc>https://x.nl/sitemaps/1.xml</loc><lastmod>2026-12-17</lastmod></sitemap>\n' +
        '</sitemapindex>\n',
    );
    expect(robotsTxt('https://x.nl')).toBe(
      'User-agent: *\nAllow: /openbaar\nAllow: /sitemap.xml\nAllow: /sitemaps/\nDisallow: /\n' +
        'Sitemap: https://x.nl/sitemap.xml\n',
    );
  });
});
