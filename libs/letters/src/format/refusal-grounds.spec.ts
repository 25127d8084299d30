// The pick list of libs/domain against the letters: every ground on it is one the letters parse
// and cite for its law, and one whose onderdeel exists in every version of the statute text the
// annex quotes; every onderdeel of those articles that is a ground is on the list.
import { findRefusalGround, refusalGroundsOf, REGIMES } from '@wobdesk/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTemplatesDir } from '../letter-renderer.js';
import { citeGround, parseGround } from './legal-citations.js';

interface StatuteText {
  readonly inForceFrom: string;
  readonly articles: readonly {
    readonly number: string;
    readonly paragraphs?: readonly {
      readonly label: string;
      readonly items?: readonly { readonly label: string }[];
    }[];
  }[];
}

const annexDir = join(findTemplatesDir(undefined, process.cwd()), 'letters', 'annex');
const versions = (law: string): StatuteText[] =>
  readdirSync(join(annexDir, law))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(annexDir, law, f), 'utf8')) as StatuteText);

/** The onderdelen that are grounds: the items of the grounds' leden, and the leden without. */
const GROUND_PARAGRAPHS = {
  woo: { '5.1': ['1', '2', '5'], '5.2': ['1'] },
  wob: { '10': ['1', '2'], '11': ['1'] },
} as const;

function groundCodesIn(law: 'woo' | 'wob', text: StatuteText): string[] {
  const wanted: Readonly<Record<string, readonly string[]>> = GROUND_PARAGRAPHS[law];
  return text.articles.flatMap((article) =>
    (article.paragraphs ?? [])
      .filter((p) => wanted[article.number]?.includes(p.label))
      .flatMap((p) =>
        p.items && p.items.length > 0
          ? p.items.map((i) => `${article.number}.${p.label}.${i.label.replace('.', '')}`)
          : [`${article.number}.${p.label}`],
      ),
  );
}

describe('the refusal grounds as the letters cite them', () => {
  it.each(REGIMES)('should parse and cite every %s ground of the list', (law) => {
    for (const g of refusalGroundsOf(law)) {
      const parsed = parseGround(g.code, law);
      expect(parsed).toBeDefined();
      expect(
        [parsed!.article, parsed!.lid, parsed!.sub].filter((x) => x !== undefined).join('.'),
      ).toBe(g.code);
      expect(citeGround(parsed!, law)).toMatch(/^artikel .*, van de (Woo|Wob)$/);
    }
  });

  it.each(REGIMES)('should list exactly the grounds of every %s text the annex quotes', (law) => {
    const texts = versions(law);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect({ version: text.inForceFrom, codes: groundCodesIn(law, text) }).toEqual({
        version: text.inForceFrom,
        codes: refusalGroundsOf(law).map((g) => g.code),
      });
    }
  });

  it('should refuse a code the letters could parse but the law has no onderdeel for', () => {
    for (const [law, code] of [
      ['woo', '5.1.2.j'],
      ['woo', '5.1.3'],
      ['wob', '10.2.h'],
      ['wob', '10.5'],
    ] as const) {
      expect(parseGround(code, law)).toBeDefined();
      expect(findRefusalGround(law, code)).toBeUndefined();
    }
  });
});
