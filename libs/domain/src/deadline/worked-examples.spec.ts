// The acceptance cases: every date of legal-rules.md section 8, one row per case.
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import type { RequestDeadlines, RequestFacts } from './request-facts.js';
import { computeRequestDeadlines } from './request-deadlines.js';
import type { Suspension } from './suspension.js';

const calendar = seedCalendar();
const d = (iso: string) => LocalDate.parse(iso);
const compute = (facts: RequestFacts) => computeRequestDeadlines(facts, calendar);

type Row = [
  name: string,
  facts: RequestFacts,
  pick: (r: RequestDeadlines) => LocalDate | undefined,
  expected: string,
];

const wob2020: RequestFacts = { receivedOn: d('2020-03-03') };
const wobExtended: RequestFacts = {
  ...wob2020,
  extension: { notifiedOn: d('2020-03-31'), days: 28 },
};
const woo2023: RequestFacts = { receivedOn: d('2023-12-22') };
const wooExt2023: RequestFacts = {
  ...woo2023,
  extension: { notifiedOn: d('2024-01-19'), days: 14 },
};
const thirdParty: Suspension = {
  kind: 'third_party_view',
  notifiedOn: d('2024-01-09'),
  termEndsOn: d('2024-01-23'),
  respondedOn: d('2024-01-22'),
};
// Wob: requester told Tue 10 Mar 2020 that Awb 4:8 applied (term to Tue 24 Mar), the third party
// gave its view on Tue 17 Mar 2020. Wob art. 6 lid 3 suspends "tot de dag waarop" the view was
// given: Wed 11 … Mon 16 Mar = 6 days (Y − X − 1 = 7 − 1). Under the Woo's "tot en met" it would
// be 7 days, and the deadlines below would fall one day later (Tue 7 Apr; Wed 6 May via 5 May).
const wobThirdParty: Suspension = {
  kind: 'third_party_view',
  notifiedOn: d('2020-03-10'),
  termEndsOn: d('2020-03-24'),
  respondedOn: d('2020-03-17'),
};
const clarification: Suspension = {
  kind: 'clarification',
  requestedOn: d('2023-12-27'),
  termEndsOn: d('2024-01-10'),
  answeredOn: d('2024-01-08'),
};
const objection = (advisoryCommittee: boolean, extensionDays?: number) => ({
  ...wob2020,
  decidedOn: d('2020-05-26'),
  sentOn: d('2020-05-26'),
  objection: { receivedOn: d('2020-07-01'), byPost: false, advisoryCommittee, extensionDays },
});

const rows: Row[] = [
  // (a) Wob request received Tue 3 March 2020
  ['(a) first term ends Tue 31 Mar 2020', wob2020, (r) => r.firstTermEnd.date, '2020-03-31'],
  ['(a) latest date for extension notice', wob2020, (r) => r.firstTermEnd.date, '2020-03-31'],
  [
    '(a) decision deadline without extension',
    wob2020,
    (r) => r.decisionDeadline.date,
    '2020-03-31',
  ],
  [
    '(a) extended term ends Tue 28 Apr 2020',
    wobExtended,
    (r) => r.decisionDeadline.date,
    '2020-04-28',
  ],
  [
    '(a) milieu-informatie variant: 2 weeks',
    { ...wob2020, environmentalInformation: true, objectionExpected: true },
    (r) => r.decisionDeadline.date,
    '2020-03-17',
  ],
  [
    '(a) objection term starts Wed 27 May 2020',
    objection(false),
    (r) => r.objectionWindow?.startsOn,
    '2020-05-27',
  ],
  [
    '(a) objection term ends Tue 7 Jul 2020',
    objection(false),
    (r) => r.objectionWindow?.endsOn.date,
    '2020-07-07',
  ],
  [
    '(a) postal objection received by Tue 14 Jul 2020',
    objection(false),
    (r) => r.objectionWindow?.postalReceiptBy.date,
    '2020-07-14',
  ],
  [
    '(a) decision on objection, no committee',
    objection(false),
    (r) => r.objectionDecisionDeadline?.date,
    '2020-08-18',
  ],
  [
    '(a) decision on objection, no committee, extended',
    objection(false, 42),
    (r) => r.objectionDecisionDeadline?.date,
    '2020-09-29',
  ],
  [
    '(a) decision on objection, committee',
    objection(true),
    (r) => r.objectionDecisionDeadline?.date,
    '2020-09-29',
  ],
  [
    '(a) decision on objection, committee, extended',
    objection(true, 42),
    (r) => r.objectionDecisionDeadline?.date,
    '2020-11-10',
  ],
  // (b) Woo request received Fri 22 December 2023
  [
    '(b) clarification by Fri 5 Jan 2024',
    woo2023,
    (r) => r.clarificationDeadline?.date,
    '2024-01-05',
  ],
  ['(b) first term ends Fri 19 Jan 2024', woo2023, (r) => r.firstTermEnd.date, '2024-01-19'],
  [
    '(b) extended term ends Fri 2 Feb 2024',
    wooExt2023,
    (r) => r.decisionDeadline.date,
    '2024-02-02',
  ],
  [
    '(b) third-party view: first term Thu 1 Feb 2024',
    { ...woo2023, suspensions: [thirdParty] },
    (r) => r.decisionDeadline.date,
    '2024-02-01',
  ],
  [
    '(b) third-party view: with extension Thu 15 Feb 2024',
    { ...wooExt2023, suspensions: [thirdParty] },
    (r) => r.decisionDeadline.date,
    '2024-02-15',
  ],
  [
    '(b) clarification: first term Tue 30 Jan 2024',
    { ...woo2023, suspensions: [clarification] },
    (r) => r.decisionDeadline.date,
    '2024-01-30',
  ],
  [
    '(b) clarification: with extension Tue 13 Feb 2024',
    { ...wooExt2023, suspensions: [clarification] },
    (r) => r.decisionDeadline.date,
    '2024-02-13',
  ],
  [
    '(b) disclosure two weeks after sending',
    { ...woo2023, decidedOn: d('2024-02-15'), sentOn: d('2024-02-15'), objectionExpected: true },
    (r) => r.disclosureDate?.date,
    '2024-02-29',
  ],
  [
    '(b) objection term for that decision',
    { ...woo2023, decidedOn: d('2024-02-15'), sentOn: d('2024-02-15') },
    (r) => r.objectionWindow?.endsOn.date,
    '2024-03-28',
  ],
  [
    '(b) variant 25 Dec: clarification by Mon 8 Jan 2024',
    { receivedOn: d('2023-12-25') },
    (r) => r.clarificationDeadline?.date,
    '2024-01-08',
  ],
  [
    '(b) variant 25 Dec: first term Mon 22 Jan 2024',
    { receivedOn: d('2023-12-25') },
    (r) => r.firstTermEnd.date,
    '2024-01-22',
  ],
  [
    '(b) variant 25 Dec: extended Mon 5 Feb 2024',
    { receivedOn: d('2023-12-25'), extension: { notifiedOn: d('2024-01-22'), days: 14 } },
    (r) => r.decisionDeadline.date,
    '2024-02-05',
  ],
  // (c) terms ending on a Saturday, King's Day, Ascension Day, 5 May, Good Friday
  [
    "(c) objection ends on King's Day 2023",
    { receivedOn: d('2023-02-01'), sentOn: d('2023-03-16') },
    (r) => r.objectionWindow?.endsOn.date,
    '2023-05-01',
  ],
  [
    "(c) King's Day 2023: postal week",
    { receivedOn: d('2023-02-01'), sentOn: d('2023-03-16') },
    (r) => r.objectionWindow?.postalReceiptBy.date,
    '2023-05-08',
  ],
  [
    '(c) objection ends on Ascension Day 2024',
    { receivedOn: d('2024-02-01'), sentOn: d('2024-03-28') },
    (r) => r.objectionWindow?.endsOn.date,
    '2024-05-13',
  ],
  [
    '(c) Ascension 2024: postal week ends on Whit Monday, Atw applied',
    { receivedOn: d('2024-02-01'), sentOn: d('2024-03-28') },
    (r) => r.objectionWindow?.postalReceiptBy.date,
    '2024-05-21',
  ],
  [
    '(c) objection ends on a Saturday',
    { receivedOn: d('2023-12-01'), sentOn: d('2024-01-06') },
    (r) => r.objectionWindow?.endsOn.date,
    '2024-02-19',
  ],
  [
    '(c) objection ends on 5 May 2025',
    { receivedOn: d('2025-02-01'), sentOn: d('2025-03-24') },
    (r) => r.objectionWindow?.endsOn.date,
    '2025-05-06',
  ],
  [
    '(c) objection ends on Good Friday 2025',
    { receivedOn: d('2025-02-01'), sentOn: d('2025-03-07') },
    (r) => r.objectionWindow?.endsOn.date,
    '2025-04-22',
  ],
  [
    '(c) Woo term ends on Ascension Day 2024',
    { receivedOn: d('2024-04-11') },
    (r) => r.decisionDeadline.date,
    '2024-05-13',
  ],
  [
    '(c) Woo term on Ascension Day 2024, extended (LD-EXTENSION)',
    { receivedOn: d('2024-04-11'), extension: { notifiedOn: d('2024-05-13'), days: 14 } },
    (r) => r.decisionDeadline.date,
    '2024-05-23',
  ],
  // Wob third-party view (Wob art. 6 lid 3, "tot"): Tue 31 Mar 2020 + 6 days = Mon 6 Apr 2020;
  // extended by four weeks: Tue 28 Apr 2020 + 6 days = Mon 4 May 2020 (a working day).
  [
    '(a) Wob third-party view, given Tue 17 Mar 2020: deadline Mon 6 Apr 2020',
    { ...wob2020, suspensions: [wobThirdParty] },
    (r) => r.decisionDeadline.date,
    '2020-04-06',
  ],
  [
    '(a) Wob third-party view with the extension: deadline Mon 4 May 2020',
    { ...wobExtended, suspensions: [wobThirdParty] },
    (r) => r.decisionDeadline.date,
    '2020-05-04',
  ],
];

describe('legal-rules.md section 8: worked examples', () => {
  it.each(rows)('%s', (_name, facts, pick, expected) => {
    expect(pick(compute(facts))?.toString()).toBe(expected);
  });

  it('(a) the decision of 26 May 2020 was late: 28 days after the extended, 56 after the unextended deadline', () => {
    const extended = compute({ ...wobExtended, decidedOn: d('2020-05-26') });
    const plain = compute({ ...wob2020, decidedOn: d('2020-05-26') });
    expect([extended.decidedLate, extended.daysLate]).toEqual([true, 28]);
    expect([plain.decidedLate, plain.daysLate]).toEqual([true, 56]);
    expect(plain.substantiveLaw).toBe('wob');
  });

  it('(b) the third-party view suspends 13 days, the clarification 11 days (LD-SUSPENSION-THIRD-PARTY, LD-SUSPENSION-CLARIFICATION)', () => {
    expect(compute({ ...woo2023, suspensions: [thirdParty] }).suspendedDays).toBe(13);
    expect(compute({ ...woo2023, suspensions: [clarification] }).suspendedDays).toBe(11);
  });

  it('(a) under the Wob the day of the third-party view is not suspended: 6 days, Wob art. 6 lid 3', () => {
    const r = compute({ ...wob2020, suspensions: [wobThirdParty] });
    expect(r.regime).toBe('wob');
    expect(r.suspendedDays).toBe(6);
    const step = r.decisionDeadline.steps.find((s) => s.article.startsWith('Wob art. 6 lid 3'))!;
    expect([step.from.toString(), step.to.toString()]).toEqual(['2020-03-31', '2020-04-06']);
    expect(step.whyNl).toContain('tot de dag van de zienswijze (dinsdag 17 maart 2020)');
    expect(step.whyNl).toContain('Wob art. 6 lid 3');
    const woo = compute({
      receivedOn: d('2023-03-03'),
      suspensions: [
        {
          kind: 'third_party_view',
          notifiedOn: d('2023-03-10'),
          termEndsOn: d('2023-03-24'),
          respondedOn: d('2023-03-17'),
        },
      ],
    });
    expect(woo.suspendedDays).toBe(7);
  });

  it("(c) King's Day 2023 moves through the decree day 28 April to Monday 1 May, with every skipped day explained", () => {
    const window = compute({
      receivedOn: d('2023-02-01'),
      sentOn: d('2023-03-16'),
    }).objectionWindow!;
    const atw = window.endsOn.steps.find((s) => s.rule === 'atw.art1')!;
    expect([atw.from.toString(), atw.to.toString()]).toEqual(['2023-04-27', '2023-05-01']);
    expect(atw.whyNl).toContain('Koningsdag');
    expect(atw.whyNl).toContain('Atw art. 3 lid 3');
    expect(atw.whyEn).toContain('a Saturday');
  });

  it('LD-EXTENSION: the explanation of an extended deadline states the choice', () => {
    const r = compute({
      receivedOn: d('2024-04-11'),
      extension: { notifiedOn: d('2024-05-13'), days: 14 },
    });
    const ext = r.decisionDeadline.steps.find((s) => s.rule === 'term.extension')!;
    expect(ext.article).toBe('Woo art. 4.4 lid 2');
    expect(ext.whyNl).toContain('onverschoven einde van de eerste termijn');
    expect(ext.whyEn).toContain('added to the raw end of the first term');
    expect([ext.from.toString(), ext.to.toString()]).toEqual(['2024-05-09', '2024-05-23']);
  });

  it('Woo 4.1 lid 6: not-handling decision two weeks after the answer or the lapse of the term; Wob: four weeks (Awb 4:5 lid 4)', () => {
    const answered = compute({ ...woo2023, suspensions: [clarification] });
    expect(answered.nonHandlingDecisionDeadline?.date.toString()).toBe('2024-01-22');
    const unanswered = compute({
      ...woo2023,
      suspensions: [{ ...clarification, answeredOn: undefined }],
    });
    expect(unanswered.nonHandlingDecisionDeadline?.date.toString()).toBe('2024-01-24');
    // Wob: term lapsed Thursday 19 March 2020 + 28 days = Thursday 16 April 2020 (after Easter
    // Monday 13 April, so the Atw moves nothing).
    const wob = compute({
      ...wob2020,
      suspensions: [
        { kind: 'clarification', requestedOn: d('2020-03-05'), termEndsOn: d('2020-03-19') },
      ],
    }).nonHandlingDecisionDeadline;
    expect(wob?.date.toString()).toBe('2020-04-16');
    expect(wob?.steps[0]?.article).toBe('Awb 4:5 lid 4');
  });

  it('a consent agreed after the term lapsed revives nothing; one agreed in time adds its days (LD-SUSPENSION-LAPSED)', () => {
    const lapsed = compute({
      ...wob2020,
      suspensions: [{ kind: 'consent', agreedOn: d('2020-05-01'), days: 30 }],
    });
    expect([lapsed.decisionDeadline.date.toString(), lapsed.suspendedDays]).toEqual([
      '2020-03-31',
      0,
    ]);
    const inTime = compute({
      ...wob2020,
      suspensions: [{ kind: 'consent', agreedOn: d('2020-03-20'), days: 30 }],
    });
    expect([inTime.decisionDeadline.date.toString(), inTime.suspendedDays]).toEqual([
      '2020-04-30',
      30,
    ]);
  });

  it('an extension notified after the first term, or beyond the maximum, is not applied beyond the law', () => {
    const late = compute({ ...wob2020, extension: { notifiedOn: d('2020-04-01'), days: 28 } });
    expect(late.decisionDeadline.date.toString()).toBe('2020-03-31');
    expect(late.warnings.map((w) => w.code)).toContain('EXTENSION.NOTICE_TOO_LATE');
    const tooLong = compute({ ...woo2023, extension: { notifiedOn: d('2024-01-10'), days: 28 } });
    expect(tooLong.decisionDeadline.date.toString()).toBe('2024-02-02');
    expect(tooLong.warnings.map((w) => w.code)).toContain('EXTENSION.ABOVE_MAXIMUM');
  });

  it('LD-NOTICE-OF-DEFAULT: a notice of default gives the Awb 6:12 date and is premature before the deadline', () => {
    const late = compute({ ...wob2020, noticeOfDefaultOn: d('2020-04-10') }).noticeOfDefault!;
    expect([
      late.premature,
      late.twoWeeksEndOn.date.toString(),
      late.appealPossibleFrom?.toString(),
    ]).toEqual([false, '2020-04-24', '2020-04-25']);
    const early = compute({ ...wob2020, noticeOfDefaultOn: d('2020-03-31') }).noticeOfDefault!;
    expect([early.premature, early.appealPossibleFrom]).toEqual([true, undefined]);
  });
});
