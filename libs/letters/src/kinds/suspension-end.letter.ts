import { computeRequestDeadlines, LocalDate } from '@wobdesk/domain';
import { cite } from '../format/legal-citations.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { aboutRequest, contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, WOO_FACTS, wooBase } from '../samples/sample-contexts.js';

const AWB = 'Algemene wet bestuursrecht';

/** The grounds of a suspension that runs until the body ends it (Awb 4:15 lid 2 sub b and c). */
export const OPEN_ENDED_GROUNDS = {
  requester_delay: cite('4:15', 2, AWB, 'b'),
  force_majeure: cite('4:15', 2, AWB, 'c'),
} as const;

/** Awb 4:15 lid 4: the requester is told when such a suspension ends, with the new term. */
export const SUSPENSION_END_NOTICE = cite('4:15', 4, AWB);

/** End of a suspension for the requester's delay or force majeure, with the new deadline. */
export interface SuspensionEndContext extends LetterBase {
  readonly suspension: {
    readonly kind: keyof typeof OPEN_ENDED_GROUNDS;
    /** The first suspended day. */
    readonly from: IsoDate;
    /** The last suspended day. */
    readonly until: IsoDate;
  };
  readonly newDecisionDeadline: IsoDate;
}

export const suspensionEnd = defineLetterKind<'suspension_end', SuspensionEndContext>({
  kind: 'suspension_end',
  template: 'opschorting-einde',
  requires: ['suspension.kind', 'suspension.from', 'suspension.until', 'newDecisionDeadline'],
  titleNl: 'Einde van een opschorting',
  addressee: 'requester',
  input: [],
  subject: (c, law) => `Einde van de opschorting van de beslistermijn van ${aboutRequest(c, law)}`,
  prepare(c) {
    const { kind, from, until } = c.suspension;
    if (!Object.hasOwn(OPEN_ENDED_GROUNDS, kind)) {
      contextError(
        'LETTER.UNKNOWN_SUSPENSION_GROUND',
        `Deze brief is voor een opschorting wegens vertraging door de verzoeker of overmacht, niet voor "${kind}".`,
        `This letter is for a suspension for the requester's delay or force majeure, not "${kind}".`,
        'suspension.kind',
      );
    }
    if (LocalDate.parse(until).isBefore(LocalDate.parse(from))) {
      contextError(
        'LETTER.SUSPENSION_END_BEFORE_START',
        'De opschorting kan niet eindigen vóór zij begon.',
        'The suspension cannot end before it started.',
        'suspension.until',
      );
    }
    return {
      extra: {
        suspensionGround: OPEN_ENDED_GROUNDS[kind],
        endNoticeProvision: SUSPENSION_END_NOTICE,
      },
    };
  },
  sample(calendar) {
    const after = computeRequestDeadlines(
      {
        receivedOn: d(WOO_FACTS.receivedOn),
        suspensions: [{ kind: 'force_majeure', from: d('2024-01-08'), until: d('2024-01-12') }],
      },
      calendar,
    );
    return {
      ...wooBase('2024-01-12'),
      suspension: { kind: 'force_majeure', from: '2024-01-08', until: '2024-01-12' },
      newDecisionDeadline: iso(after.decisionDeadline.date),
    };
  },
});
