import { LocalDate } from '../calendar/local-date.js';
import { REGIME_TERMS, type Regime } from '../deadline/regime.js';

/** The legal dates a calendar feed shows, one event per request and kind. */
export const FEED_DATE_KINDS = [
  'decision_deadline',
  'extension_notice',
  'clarification_deadline',
  'disclosure_date',
  'objection_window_end',
  'objection_decision_deadline',
  'notice_of_default_two_weeks',
  'hearing',
  'appeal_window_end',
] as const;
export type FeedDateKind = (typeof FEED_DATE_KINDS)[number];

/**
 * How many days back a feed reaches: open work plus the recent past, so a calendar still shows
 * what was due last month while the feed stays small however old the register is.
 */
export const FEED_PAST_DAYS = 30;

/** The stored columns of a request row that the feed reads ('YYYY-MM-DD' or null). */
export interface FeedDateRow {
  readonly regime: Regime;
  readonly decisionDeadline: string;
  readonly firstTermEnd: string;
  readonly clarificationDeadline: string | null;
  readonly clarificationRequestedOn: string | null;
  readonly extensionNotifiedOn: string | null;
  readonly suspendedSince: string | null;
  readonly decidedOn: string | null;
  readonly disclosureDate: string | null;
  readonly objectionWindowEndsOn: string | null;
  readonly objectionDecisionDeadline: string | null;
  readonly noticeOfDefaultTwoWeeksEnd: string | null;
  /** The hearing on the objection, while it is scheduled and not yet held. */
  readonly hearingOn: string | null;
  /** The last day to appeal against the decision on the objection. */
  readonly appealWindowEndsOn: string | null;
}

/** One legal date of a request, as a feed shows it. */
export interface FeedDate {
  readonly kind: FeedDateKind;
  readonly date: LocalDate;
  /** What the date is, in plain Dutch, without the reference. */
  readonly titleNl: string;
  /** Why it is this date, in plain Dutch. */
  readonly explanationNl: string;
  readonly article: string;
}

/**
 * The legal dates of one request on or after `from`. A date that no longer asks for anything is
 * left out, so it disappears from the calendar: the decision deadline once decided, or while a
 * suspension of unknown length runs (the stored date then moves every day and is no deadline);
 * the last day for an extension notice once one was sent or the decision taken; the last day
 * to ask for clarification once asked.
 */
export function feedDates(row: FeedDateRow, from: LocalDate): FeedDate[] {
  const terms = REGIME_TERMS[row.regime];
  const undecided = row.decidedOn === null;
  const candidates: [FeedDateKind, string | null, string, string, string][] = [
    [
      'decision_deadline',
      undecided && row.suspendedSince === null ? row.decisionDeadline : null,
      'Uiterste beslisdatum',
      'Uiterlijk op deze dag moet het besluit op het verzoek bekend zijn gemaakt.',
      terms.decisionTermArticle,
    ],
    [
      'extension_notice',
      undecided && row.extensionNotifiedOn === null ? row.firstTermEnd : null,
      'Laatste dag om verdaging mee te delen',
      'Tot en met deze dag kan de beslistermijn één keer worden verdaagd. De aanvrager moet dat dan op tijd horen.',
      terms.extensionArticle,
    ],
    [
      'clarification_deadline',
      undecided && row.clarificationRequestedOn === null ? row.clarificationDeadline : null,
      'Laatste dag om om precisering te vragen',
      'Is het verzoek te algemeen? Vraag de aanvrager uiterlijk op deze dag om het preciezer te maken.',
      terms.clarificationArticle,
    ],
    [
      'disclosure_date',
      row.disclosureDate,
      'Openbaarmaking',
      'Op deze dag worden de documenten openbaar, twee weken na de bekendmaking van het besluit.',
      terms.disclosureArticle,
    ],
    [
      'objection_window_end',
      row.objectionWindowEndsOn,
      'Einde bezwaartermijn',
      'Tot en met deze dag kan bezwaar worden gemaakt tegen het besluit (zes weken).',
      'Awb art. 6:7 en 6:8',
    ],
    [
      'objection_decision_deadline',
      row.objectionDecisionDeadline,
      'Uiterste datum beslissing op bezwaar',
      'Uiterlijk op deze dag moet op het bezwaar zijn beslist.',
      'Awb art. 7:10',
    ],
    [
      'notice_of_default_two_weeks',
      undecided ? row.noticeOfDefaultTwoWeeksEnd : null,
      'Twee weken na ingebrekestelling',
      'Is er dan nog geen besluit, dan kan de aanvrager beroep instellen omdat niet op tijd is beslist.',
      'Awb art. 6:12 lid 2',
    ],
    [
      'hearing',
      row.hearingOn,
      'Hoorzitting bezwaar',
      'Op deze dag wordt de indiener van het bezwaar gehoord.',
      'Awb art. 7:2',
    ],
    [
      'appeal_window_end',
      row.appealWindowEndsOn,
      'Einde beroepstermijn',
      'Tot en met deze dag kan beroep worden ingesteld bij de rechtbank tegen de beslissing op bezwaar (zes weken).',
      'Awb art. 6:7',
    ],
  ];
  const dates: FeedDate[] = [];
  for (const [kind, iso, titleNl, explanationNl, article] of candidates) {
    if (iso === null) continue;
    const date = LocalDate.parse(iso);
    if (date.isBefore(from)) continue;
    dates.push({ kind, date, titleNl, explanationNl, article });
  }
  return dates;
}
