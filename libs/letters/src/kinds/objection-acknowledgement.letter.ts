import { computeRequestDeadlines } from '@wobdesk/domain';
import { longDate } from '../format/nl-format.js';
import type { IsoDate, LetterBase } from '../letter-contexts.js';
import { contextError, defineLetterKind } from '../letter-kind.js';
import { d, iso, seedBase, seedCaseFacts } from '../samples/sample-contexts.js';
import { SEED_FACTS, SEED_REFERENCE } from '../samples/seed-case.js';

/** Ontvangstbevestiging van een bezwaarschrift (Awb 6:5–6:11, 7:10). */
export interface ObjectionAcknowledgementContext extends LetterBase {
  readonly objection: {
    readonly receivedOn: IsoDate;
    readonly letterDate?: IsoDate;
    /** The decision objected to. */
    readonly decisionDate: IsoDate;
    readonly decisionReference: string;
    /** Computed (Awb 6:9); when false the letter asks for the reasons of the late filing. */
    readonly timely: boolean;
    /** The decision on the objection is due (computed, Awb 7:10). */
    readonly decisionDeadline: IsoDate;
    /** An advisory committee (Awb 7:13) is used: twelve weeks instead of six. */
    readonly advisoryCommittee?: boolean;
    /** Requirements of Awb 6:5 the objection lacks, e.g. "uw handtekening". */
    readonly missingRequirements?: readonly string[];
    /** Last day to repair them (Awb 6:6). */
    readonly repairBy?: IsoDate;
    /** The requester will be invited to be heard. */
    readonly hearingToFollow?: boolean;
  };
}

export const objectionAcknowledgement = defineLetterKind<
  'objection_acknowledgement',
  ObjectionAcknowledgementContext
>({
  kind: 'objection_acknowledgement',
  template: 'ontvangstbevestiging-bezwaar',
  requires: ['objection.receivedOn'],
  titleNl: 'Ontvangstbevestiging bezwaarschrift',
  addressee: 'requester',
  input: ['objectionLetterDate', 'missingRequirements', 'repairBy', 'hearingToFollow'],
  subject: (c) =>
    `Ontvangstbevestiging van uw bezwaarschrift van ${longDate(c.objection.letterDate ?? c.objection.receivedOn)}`,
  prepare(c) {
    const { missingRequirements, repairBy } = c.objection;
    if (missingRequirements && missingRequirements.length > 0 && repairBy === undefined) {
      contextError(
        'LETTER.REPAIR_TERM_MISSING',
        'Wie een verzuim laat herstellen, stelt daarvoor een termijn (artikel 6:6 Awb): vul repairBy in.',
        'Asking to repair a defect needs a term (Awb 6:6): give repairBy.',
        'objection.repairBy',
      );
    }
    return {};
  },
  sample(calendar) {
    const receivedOn = '2020-07-01';
    const withObjection = computeRequestDeadlines(
      { ...seedCaseFacts(), objection: { receivedOn: d(receivedOn), byPost: false } },
      calendar,
    );
    return {
      ...seedBase('2020-07-03'),
      objection: {
        receivedOn,
        letterDate: '2020-06-30',
        decisionDate: SEED_FACTS.decidedOn,
        decisionReference: SEED_REFERENCE,
        timely: withObjection.objectionTimely ?? false,
        decisionDeadline: iso(withObjection.objectionDecisionDeadline!.date),
        hearingToFollow: true,
      },
    };
  },
});
