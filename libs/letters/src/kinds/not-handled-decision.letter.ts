import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import { type AnnexView, selectAnnex } from '../annex.js';
import { LAW_NAMES } from '../format/legal-citations.js';
import { longDate } from '../format/nl-format.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { contextError, defineLetterKind, requestDateOf } from '../letter-kind.js';
import { d, iso, wooBase, WOO_FACTS } from '../samples/sample-contexts.js';

/**
 * Besluit om het verzoek niet te behandelen (Woo art. 4.1 lid 6; under the Wob Awb 4:5): the
 * requester did not specify a too-general request in the term set, or not sufficiently. It is a
 * besluit, so it carries the objection clause. The basis follows the term regime (by receipt
 * date), as the request for clarification announced it (LD-NOT-HANDLED).
 */
export interface NotHandledDecisionContext extends LetterBase {
  readonly clarification: {
    /** The date of the request for clarification. */
    readonly requestedOn: IsoDate;
    /** The term set for the answer. */
    readonly termEndsOn: IsoDate;
    /** When an answer came: the letter then says why it was not enough (`reason`). */
    readonly answeredOn?: IsoDate;
  };
  /** Why the answer received falls short, in the clerk's words. */
  readonly reason?: string;
  /** Last day to object (computed from the sending date); printed when given. */
  readonly objectionWindowEndsOn?: IsoDate;
}

export const notHandledDecision = defineLetterKind<
  'not_handled_decision',
  NotHandledDecisionContext
>({
  kind: 'not_handled_decision',
  template: 'besluit-niet-behandelen',
  requires: ['clarification.requestedOn', 'clarification.termEndsOn'],
  titleNl: 'Besluit verzoek niet te behandelen',
  addressee: 'requester',
  input: [],
  subject: (c, law) =>
    `Besluit op uw ${law.requestNoun} van ${longDate(requestDateOf(c))}: niet in behandeling`,
  prepare(c, templates) {
    const { answeredOn, termEndsOn } = c.clarification;
    if (answeredOn === undefined && !LocalDate.parse(c.date).isAfter(LocalDate.parse(termEndsOn))) {
      contextError(
        'LETTER.CLARIFICATION_TERM_RUNNING',
        `De termijn voor de precisering loopt tot en met ${longDate(termEndsOn)}; pas daarna kan worden besloten het verzoek niet te behandelen.`,
        `The term for the clarification runs until ${termEndsOn}; only after it can the request be declined.`,
        'date',
      );
    }
    if (answeredOn !== undefined && (c.reason ?? '').trim() === '') {
      contextError(
        'LETTER.NOT_HANDLED_REASON_REQUIRED',
        'Er is een precisering ontvangen; de brief moet zeggen waarom die onvoldoende is.',
        'A clarification was received; the letter must say why it falls short.',
        'reason',
      );
    }
    const law = c.request.regime;
    // Woo: art. 4.1 (lid 5 and 6) quoted as in force on the letter's date. Wob: the basis is
    // Awb 4:5, whose text the data does not hold, so it is cited without an annex.
    const annex =
      law === 'woo'
        ? selectAnnex(
            { ...templates.annex('woo'), defaultArticles: ['4.1'], termArticles: [] },
            templates.statuteInForce('woo', c.date),
            LAW_NAMES.woo.short,
            { citedArticles: [], termAdjusted: false },
          )
        : { view: { articles: [] }, warnings: [] };
    return {
      derived: { decisionLaw: LAW_NAMES[law], ...(law === 'woo' && { attachments: 1 }) },
      extra: { annex: annex.view satisfies AnnexView },
      warnings: annex.warnings,
    };
  },
  sample(calendar) {
    // Woo request of 22 December 2023; asked on 4 January 2024 to specify it by 18 January; no
    // answer; decided and sent on Thursday 25 January, within the two weeks of art. 4.1 lid 6.
    const requestedOn = '2024-01-04';
    const termEndsOn = '2024-01-18';
    const date = '2024-01-25';
    const deadlines = computeRequestDeadlines(
      {
        receivedOn: d(WOO_FACTS.receivedOn),
        suspensions: [
          { kind: 'clarification', requestedOn: d(requestedOn), termEndsOn: d(termEndsOn) },
        ],
        decidedOn: d(date),
        sentOn: d(date),
      },
      calendar,
    );
    return {
      ...wooBase(date),
      clarification: { requestedOn, termEndsOn },
      objectionWindowEndsOn: iso(deadlines.objectionWindow!.endsOn.date),
    };
  },
});
