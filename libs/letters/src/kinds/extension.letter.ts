import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import { TERM_PROVISIONS } from '../format/legal-citations.js';
import { longDate } from '../format/nl-format.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, seedBase } from '../samples/sample-contexts.js';
import { SEED_FACTS } from '../samples/seed-case.js';

/** Verdaging (Wob art. 6 lid 2, Woo art. 4.4 lid 2): only before the first term ends. */
export interface ExtensionContext extends LetterBase {
  readonly extension: {
    readonly weeks: number;
    /** The reasons, in the clerk's words (Woo: size or complexity). */
    readonly reasons: string;
  };
  /** End of the first term (computed); the letter must be dated on or before it. */
  readonly firstTermEnd: IsoDate;
  /** The decision deadline after the extension (computed). */
  readonly newDecisionDeadline: IsoDate;
}

export const extension = defineLetterKind<'extension', ExtensionContext>({
  kind: 'extension',
  template: 'verdaging',
  requires: ['firstTermEnd', 'extension.weeks'],
  titleNl: 'Verdaging van de beslistermijn',
  addressee: 'requester',
  input: [],
  subject: (c, law) => `Verdaging van de beslistermijn van ${aboutRequest(c, law)}`,
  prepare(c) {
    const terms = TERM_PROVISIONS[c.request.regime];
    if (LocalDate.parse(c.date).isAfter(LocalDate.parse(c.firstTermEnd))) {
      contextError(
        'LETTER.EXTENSION_TOO_LATE',
        `Een verdaging moet worden meegedeeld voordat de eerste termijn eindigt (${longDate(c.firstTermEnd)}); deze brief is later gedateerd (${terms.extension}).`,
        `An extension must be notified before the first term ends (${c.firstTermEnd}); this letter is dated later.`,
        'date',
      );
    }
    const { weeks } = c.extension;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > terms.maxExtensionWeeks) {
      contextError(
        'LETTER.EXTENSION_TOO_LONG',
        `De verdaging is ten hoogste ${terms.maxExtensionWeeks} weken (${terms.extension}).`,
        `The extension is at most ${terms.maxExtensionWeeks} weeks.`,
        'extension.weeks',
      );
    }
    return {};
  },
  sample(calendar) {
    const receivedOn = d(SEED_FACTS.receivedOn);
    const plain = computeRequestDeadlines({ receivedOn }, calendar);
    const extended = computeRequestDeadlines(
      { receivedOn, extension: { notifiedOn: plain.firstTermEnd.date, days: 28 } },
      calendar,
    );
    return {
      ...seedBase(iso(plain.firstTermEnd.date)),
      extension: {
        weeks: 4,
        reasons:
          'Voor de beantwoording van uw verzoek moet ik informatie opvragen bij de politie en bij meerdere directies van mijn ministerie. Die informatie is nog niet compleet.',
      },
      firstTermEnd: iso(plain.firstTermEnd.date),
      newDecisionDeadline: iso(extended.decisionDeadline.date),
    };
  },
});
