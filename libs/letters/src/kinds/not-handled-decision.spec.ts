// The letter of the decision not to handle a request: the rules it states (a term that has not
// lapsed, an answer without a reason) and its basis and annex per term regime (LD-NOT-HANDLED).
import { join } from 'node:path';
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { findTemplatesDir } from '../letter-renderer.js';
import { LetterTemplates } from '../letter-templates.js';
import { renderLetter } from '../render-letter.js';
import {
  notHandledDecision,
  type NotHandledDecisionContext,
} from './not-handled-decision.letter.js';

const templates = LetterTemplates.load({
  baseDir: join(findTemplatesDir(undefined, process.cwd()), 'letters'),
});
const sample = notHandledDecision.sample(seedCalendar());
const render = (c: NotHandledDecisionContext) => renderLetter(templates, 'not_handled_decision', c);

describe('not_handled_decision letter', () => {
  it('should state the Woo basis and quote art. 4.1 in its annex, with the objection end', () => {
    const letter = render(sample);
    expect(letter.html).toContain('artikel 4.1, zesde lid, van de Woo');
    expect(letter.html).toContain('<h3>Artikel 4.1</h3>');
    // Sent Thursday 25 January 2024: the objection term ends six weeks later, 7 March.
    expect(letter.html).toContain('De bezwaartermijn eindigt op donderdag 7 maart 2024.');
    expect(letter.warnings).toEqual([]);
  });

  it('should cite Awb 4:5 for a Wob request, without an annex', () => {
    const wob: NotHandledDecisionContext = {
      ...sample,
      request: { ...sample.request, regime: 'wob', receivedOn: '2020-03-03' },
      date: '2020-03-25',
      clarification: { requestedOn: '2020-03-04', termEndsOn: '2020-03-18' },
    };
    const letter = render(wob);
    expect(letter.html).toContain('artikel 4:5 van de Algemene wet bestuursrecht');
    expect(letter.html).not.toContain('BIJLAGE 1');
  });

  it('should refuse a letter dated before the term lapsed, and an answer without a reason', () => {
    const early = { ...sample, date: sample.clarification.termEndsOn };
    expect(() => render(early)).toThrow(
      expect.objectContaining({ code: 'LETTER.CLARIFICATION_TERM_RUNNING' }),
    );
    const answered = {
      ...sample,
      clarification: { ...sample.clarification, answeredOn: '2024-01-17' },
    };
    expect(() => render(answered)).toThrow(
      expect.objectContaining({ code: 'LETTER.NOT_HANDLED_REASON_REQUIRED' }),
    );
    const reasoned = render({ ...answered, reason: 'Er staat geen onderwerp in uw reactie.' });
    expect(reasoned.html).toContain('Er staat geen onderwerp in uw reactie.');
    expect(reasoned.html).toContain('Op 17 januari 2024 heb ik uw reactie ontvangen.');
  });
});
