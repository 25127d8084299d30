// No decision prints a placeholder in its annex: for any decision date on which a Wob or Woo text
// is in force, any grounds of the law and any procedure, every quoted article has its text.
import fc from 'fast-check';
import { join } from 'node:path';
import { seedCalendar } from '../../../test/support/seed-calendar.js';
import type { DecisionContext } from './letter-contexts.js';
import { findTemplatesDir } from './letter-renderer.js';
import { LetterTemplates } from './letter-templates.js';
import { renderLetter } from './render-letter.js';
import { sampleLetterContexts } from './letter-registry.js';
import { sampleWooDecisionContext } from './samples/sample-contexts.js';

const templates = LetterTemplates.load({
  baseDir: join(findTemplatesDir(undefined, process.cwd()), 'letters'),
});
const calendar = seedCalendar();
const wobDecision = sampleLetterContexts(calendar).decision;
const wooDecision = sampleWooDecisionContext(calendar);

const letters = (s: string) => [...s];
const GROUNDS = {
  wob: [
    ...letters('abcd').map((x) => `10.1.${x}`),
    ...letters('abcdefg').map((x) => `10.2.${x}`),
    '11.1',
    '12.1', // article 12: not in the data, so not quoted
  ],
  woo: [
    ...letters('abcde').map((x) => `5.1.1.${x}`),
    ...letters('abcdefghi').map((x) => `5.1.2.${x}`),
    '5.1.5',
    '5.2.1',
    '5.3',
    '3.3.2.i', // never quoted: the source drops its onderdelen
    '5.4',
  ],
} as const;

const FIRST_WOB_TEXT = Date.parse('2018-07-28T00:00:00Z');
const LAST_DAY = Date.parse('2027-12-31T00:00:00Z');
const dateArb = fc
  .integer({ min: FIRST_WOB_TEXT / 86_400_000, max: LAST_DAY / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('the annex of any decision', () => {
  it('should quote every article it lists, never a placeholder', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 4 }),
        (date, extended, thirdParty, picks) => {
          const law = date < '2022-05-01' ? 'wob' : 'woo';
          const base = law === 'wob' ? wobDecision : wooDecision;
          const grounds = picks.map((p) => GROUNDS[law][p % GROUNDS[law].length]);
          const context: DecisionContext = {
            ...base,
            date,
            request: { ...base.request, regime: law },
            procedure: [
              ...(extended ? [{ kind: 'extension' as const, on: date, weeks: 2 }] : []),
              ...(thirdParty
                ? [{ kind: 'third_party_view' as const, on: date, thirdParties: 'een derde' }]
                : []),
            ],
            assessment: {
              answers: [
                { items: [base.request.items[0].number], body: 'x', outcome: 'refused', grounds },
              ],
            },
          };
          const letter = renderLetter(templates, 'decision', context);
          expect(letter.warnings).toEqual([]);
          expect(letter.html).not.toContain('plaatshouder"');
          expect(letter.html).not.toContain('[Tekst van artikel');
          const annex = letter.html.slice(letter.html.indexOf('BIJLAGE 1'));
          expect(annex).toContain(law === 'wob' ? '<h3>Artikel 1</h3>' : '<h3>Artikel 1.1</h3>');
          expect(
            annex.includes(law === 'wob' ? '<h3>Artikel 6</h3>' : '<h3>Artikel 4.4</h3>'),
          ).toBe(extended || thirdParty);
          expect(annex).not.toContain('<h3>Artikel 3.3</h3>');
        },
      ),
      { numRuns: 150 },
    );
  });
});
