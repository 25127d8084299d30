// Clerks and requesters read the explanation of every date; it cites articles, never an id of
// the project's own documents (the LD-… ids of docs/legal-decisions.md, or the older
// letter-and-digit ids).
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import type { ComputedDate } from './derivation.js';
import type { RequestDeadlines, RequestFacts } from './request-facts.js';
import { computeRequestDeadlines } from './request-deadlines.js';

const INTERNAL_ID = /\bD[0-9]\b|LD-/;
const calendar = seedCalendar();
const d = (iso: string) => LocalDate.parse(iso);

const objection = { byPost: true, advisoryCommittee: true, extensionDays: 42 };

/** Wob, Woo and transitional requests with every kind of suspension, extension and objection. */
const CASES: Readonly<Record<string, RequestFacts>> = {
  'Wob, extended, decided late, objection by post': {
    receivedOn: d('2020-03-03'),
    extension: { notifiedOn: d('2020-03-31'), days: 28 },
    decidedOn: d('2020-05-26'),
    sentOn: d('2020-05-26'),
    noticeOfDefaultOn: d('2020-05-01'),
    objection: { ...objection, receivedOn: d('2020-07-10'), postedOn: d('2020-07-07') },
  },
  'Wob, third-party view and a premature notice of default': {
    receivedOn: d('2021-02-03'),
    suspensions: [
      {
        kind: 'third_party_view',
        notifiedOn: d('2021-02-10'),
        termEndsOn: d('2021-03-10'),
        respondedOn: d('2021-02-24'),
      },
    ],
    noticeOfDefaultOn: d('2021-03-01'),
  },
  'Wob, environmental information, objection expected': {
    receivedOn: d('2020-03-03'),
    environmentalInformation: true,
    objectionExpected: true,
    suspensions: [
      { kind: 'third_party_view', notifiedOn: d('2020-03-05'), termEndsOn: d('2020-03-12') },
    ],
    decidedOn: d('2020-03-17'),
    sentOn: d('2020-03-17'),
  },
  'Wob, ends on an unconfirmed decree day (Ascension 2021)': {
    receivedOn: d('2021-04-15'),
  },
  'transitional: received under the Wob, decided under the Woo': {
    receivedOn: d('2022-04-10'),
    extension: { notifiedOn: d('2022-05-06'), days: 28 },
    decidedOn: d('2022-06-01'),
    sentOn: d('2022-06-01'),
  },
  'regime set by hand': {
    receivedOn: d('2022-04-10'),
    regime: 'woo',
  },
  'Woo, every kind of suspension, overlapping and after the term lapsed': {
    receivedOn: d('2023-12-22'),
    extension: { notifiedOn: d('2024-01-19'), days: 14 },
    suspensions: [
      { kind: 'clarification', requestedOn: d('2023-12-27') },
      {
        kind: 'clarification',
        requestedOn: d('2023-12-28'),
        termEndsOn: d('2024-01-11'),
        answeredOn: d('2024-01-08'),
      },
      {
        kind: 'third_party_view',
        notifiedOn: d('2024-01-02'),
        termEndsOn: d('2024-01-16'),
        respondedOn: d('2024-01-02'),
      },
      { kind: 'third_party_view', notifiedOn: d('2024-01-03'), termEndsOn: d('2024-01-17') },
      {
        kind: 'foreign_authority',
        requestedOn: d('2024-01-04'),
        expectedOn: d('2024-01-20'),
        receivedOn: d('2024-01-05'),
      },
      { kind: 'consent', agreedOn: d('2024-01-09'), days: 10 },
      { kind: 'requester_delay', from: d('2024-01-10'), until: d('2024-01-12') },
      { kind: 'force_majeure', from: d('2024-01-15'), until: d('2024-01-14') },
      { kind: 'consent', agreedOn: d('2024-09-01'), days: 5 },
    ],
    decidedOn: d('2024-03-20'),
    sentOn: d('2024-03-20'),
    objectionExpected: true,
    objection: { receivedOn: d('2024-04-30'), byPost: false },
  },
  'Woo, clarification not answered, extension too late and too long': {
    receivedOn: d('2024-04-11'),
    suspensions: [
      { kind: 'clarification', requestedOn: d('2024-04-15'), termEndsOn: d('2024-04-29') },
    ],
    extension: { notifiedOn: d('2024-07-01'), days: 28 },
  },
  'Woo, too long an extension': {
    receivedOn: d('2023-12-22'),
    extension: { notifiedOn: d('2024-01-10'), days: 28 },
  },
  'Woo, a year without decree data': {
    receivedOn: d('2031-01-06'),
    decidedOn: d('2031-01-20'),
    sentOn: d('2031-01-20'),
    objection: { ...objection, receivedOn: d('2031-02-20'), postedOn: d('2031-02-19') },
  },
};

function computedDates(r: RequestDeadlines): ComputedDate[] {
  return [
    r.clarificationDeadline,
    r.nonHandlingDecisionDeadline,
    r.firstTermEnd,
    r.decisionDeadline,
    r.disclosureDate,
    r.objectionWindow?.endsOn,
    r.objectionWindow?.postalReceiptBy,
    r.objectionDecisionDeadline,
    r.noticeOfDefault?.twoWeeksEndOn,
  ].filter((c): c is ComputedDate => c !== undefined);
}

/** Every text of a computation that a person reads, with where it came from. */
function readableTexts(r: RequestDeadlines): { where: string; text: string }[] {
  const steps = computedDates(r).flatMap((c) => c.steps);
  return [
    ...steps.flatMap((s) =>
      [s.article, s.labelNl, s.labelEn, s.whyNl, s.whyEn].map((text) => ({
        where: `step ${s.rule}`,
        text,
      })),
    ),
    ...r.warnings.flatMap((w) => [w.nl, w.en].map((text) => ({ where: w.code, text }))),
  ];
}

const all = Object.entries(CASES).map(([name, facts]) => ({
  name,
  texts: readableTexts(computeRequestDeadlines(facts, calendar)),
}));

describe('explanations shown to people cite articles, not internal ids', () => {
  it('the pattern catches the ids it is meant to catch, and only those', () => {
    for (const id of ['Wobdesk D4', '(besluit D3)', 'LD-REGIME', 'LD-SUSPENSION-OVERLAP']) {
      expect(id).toMatch(INTERNAL_ID);
    }
    for (const fine of ['Woo art. 4.4 lid 1', 'Awb art. 6:12 lid 2', 'Atw art. 3 lid 3', 'D66']) {
      expect(fine).not.toMatch(INTERNAL_ID);
    }
  });

  it('the cases reach every kind of step and warning the explanations are built from', () => {
    const rules = new Set(all.flatMap((c) => c.texts.map((t) => t.where)));
    for (const rule of [
      'step term.receipt',
      'step term.decision',
      'step term.extension',
      'step term.extension_notice',
      'step suspension.period',
      'step suspension.consent',
      'step suspension.none',
      'step atw.art1',
      'step clarification.term',
      'step clarification.non_handling',
      'step disclosure.delay',
      'step objection.sent',
      'step objection.term',
      'step objection.postal_week',
      'step objection_decision.term',
      'step objection_decision.extension',
      'step default.two_weeks',
      'REGIME.OVERRIDDEN',
      'REGIME.TRANSITIONAL',
      'EXTENSION.NOTICE_TOO_LATE',
      'EXTENSION.ABOVE_MAXIMUM',
      'CALENDAR.UNCONFIRMED_HOLIDAY',
      'CALENDAR.NO_DECREE_DATA',
    ]) {
      expect(rules).toContain(rule);
    }
    const prose = all.flatMap((c) => c.texts.map((t) => t.text)).join('\n');
    for (const phrase of [
      'Overlappende dagen tellen één keer.',
      'een verstreken termijn kan niet worden opgeschort',
      'zonder termijn: geen opschorting',
      'tot en met het einde van de gestelde termijn',
      'Milieu-informatie: een zienswijze schort de termijn niet op.',
      'prematuur',
    ]) {
      expect(prose).toContain(phrase);
    }
  });

  it.each(all)('$name', ({ texts }) => {
    const offending = texts.filter((t) => INTERNAL_ID.test(t.text));
    expect(offending).toEqual([]);
  });
});
