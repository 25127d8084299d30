import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import { longDate } from '../format/nl-format.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, seedBase, seedCaseFacts } from '../samples/sample-contexts.js';
import { SEED_FACTS, SEED_REFERENCE } from '../samples/seed-case.js';

/** The most days a decision on an objection can be put off (Awb 7:10 lid 3). */
const MAX_OBJECTION_EXTENSION_DAYS = 42;

/** Verdaging van de beslissing op bezwaar (Awb 7:10 lid 3): both deadlines computed. */
export interface ObjectionExtensionContext extends LetterBase {
  readonly objection: {
    readonly receivedOn: IsoDate;
    readonly letterDate?: IsoDate;
    readonly decisionDate: IsoDate;
    readonly decisionReference: string;
  };
  readonly objectionExtension: {
    readonly days: number;
    /** The decision on the objection was due on this day before the extension (Awb 7:10 lid 1). */
    readonly previousDeadline: IsoDate;
    /** And is due on this day now. */
    readonly newDeadline: IsoDate;
  };
}

export const objectionExtension = defineLetterKind<
  'objection_extension',
  ObjectionExtensionContext
>({
  kind: 'objection_extension',
  template: 'verdaging-bezwaar',
  requires: ['objection.receivedOn', 'objectionExtension.days'],
  titleNl: 'Verdaging van de beslissing op bezwaar',
  addressee: 'requester',
  input: [],
  subject: (c) =>
    `Verdaging van de beslissing op uw bezwaarschrift van ${longDate(c.objection.letterDate ?? c.objection.receivedOn)}`,
  prepare(c) {
    const { days, previousDeadline, newDeadline } = c.objectionExtension;
    if (!Number.isInteger(days) || days < 1 || days > MAX_OBJECTION_EXTENSION_DAYS) {
      contextError(
        'LETTER.OBJECTION_EXTENSION_TOO_LONG',
        'De beslissing op bezwaar kan met ten hoogste zes weken worden verdaagd (artikel 7:10, derde lid, Awb).',
        'The decision on an objection can be put off by at most six weeks (Awb 7:10 lid 3).',
        'objectionExtension.days',
      );
    }
    if (!LocalDate.parse(newDeadline).isAfter(LocalDate.parse(previousDeadline))) {
      contextError(
        'LETTER.OBJECTION_EXTENSION_NOT_LATER',
        'Na de verdaging moet de beslistermijn later eindigen dan ervoor.',
        'After the extension the term must end later than before.',
        'objectionExtension.newDeadline',
      );
    }
    return {};
  },
  sample(calendar) {
    const objection = { receivedOn: d('2020-07-01'), byPost: false };
    const before = computeRequestDeadlines({ ...seedCaseFacts(), objection }, calendar);
    const after = computeRequestDeadlines(
      { ...seedCaseFacts(), objection: { ...objection, extensionDays: 28 } },
      calendar,
    );
    return {
      ...seedBase('2020-08-10'),
      objection: {
        receivedOn: '2020-07-01',
        letterDate: '2020-06-30',
        decisionDate: SEED_FACTS.decidedOn,
        decisionReference: SEED_REFERENCE,
      },
      objectionExtension: {
        days: 28,
        previousDeadline: iso(before.objectionDecisionDeadline!.date),
        newDeadline: iso(after.objectionDecisionDeadline!.date),
      },
    };
  },
});
