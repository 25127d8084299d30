// `wobdesk deadline …`: the engine's result as text (one date a line, then its derivation) or JSON.
import {
  type ComputedDate,
  type DerivationStep,
  enDate,
  type LocalDate,
  nlDate,
  type RequestDeadlines,
  type RequestFacts,
} from '@wobdesk/domain';
import type { Bilingual, Lang } from './cli-support.js';

export type ReportWarning = RequestDeadlines['warnings'][number];

/**
 * Remarks on the input that the engine does not make itself (it already warns about a late or too
 * long extension): a clerk typing the facts in should hear when one has no effect.
 */
export function inputWarnings(facts: RequestFacts, deadlines: RequestDeadlines): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  if (facts.environmentalInformation && deadlines.regime === 'woo') {
    warnings.push({
      code: 'CLI.ENVIRONMENTAL_IGNORED',
      nl: '--environmental heeft onder de Woo geen gevolg: de Woo kent één termijnregime voor alle verzoeken (Wob art. 6 lid 6 geldt alleen onder de Wob).',
      en: '--environmental has no effect under the Woo: the Woo has one term regime for all requests (Wob art. 6 lid 6 applies under the Wob only).',
    });
  }
  return warnings;
}

/** The JSON document of `wobdesk deadline --json`: the facts as read and the engine's result. */
export function deadlineJson(
  facts: RequestFacts,
  deadlines: RequestDeadlines,
  extra: readonly ReportWarning[],
): string {
  const document = {
    facts,
    deadlines: { ...deadlines, warnings: [...deadlines.warnings, ...extra] },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const monthsShortNl = 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(' ');
const monthsShortEn = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const weekdaysShortNl = 'ma di wo do vr za zo'.split(' ');
const weekdaysShortEn = 'Mon Tue Wed Thu Fri Sat Sun'.split(' ');

/** "dinsdag 31 maart 2020" / "Tuesday 31 March 2020" */
export function longDate(d: LocalDate, lang: Lang): string {
  return lang === 'nl' ? nlDate(d) : enDate(d);
}

/** "di 31 mrt 2020" / "Tue 31 Mar 2020": compact, with the weekday a clerk checks first. */
export function shortDate(d: LocalDate, lang: Lang): string {
  return lang === 'nl'
    ? `${weekdaysShortNl[d.dayOfWeek - 1]} ${d.day} ${monthsShortNl[d.month - 1]} ${d.year}`
    : `${weekdaysShortEn[d.dayOfWeek - 1]} ${d.day} ${monthsShortEn[d.month - 1]} ${d.year}`;
}

/** Greedy word wrap; words longer than the width stay whole. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

const WIDTH = 100;

/** One derivation step: label, article, from → to, then the reason, indented and wrapped. */
export function formatStep(s: DerivationStep, lang: Lang): string[] {
  const label = lang === 'nl' ? s.labelNl : s.labelEn;
  const why = lang === 'nl' ? s.whyNl : s.whyEn;
  const span = s.from.equals(s.to)
    ? shortDate(s.from, lang)
    : `${shortDate(s.from, lang)} → ${shortDate(s.to, lang)}`;
  return [`  - ${label} (${s.article}): ${span}`, ...wrap(why, WIDTH, '      ')];
}

function sameStep(a: DerivationStep, b: DerivationStep): boolean {
  return (
    a === b ||
    (a.rule === b.rule &&
      a.article === b.article &&
      a.from.equals(b.from) &&
      a.to.equals(b.to) &&
      a.whyEn === b.whyEn)
  );
}

/** A date printed earlier in the same report, whose steps a later date may begin with. */
export interface PrintedDate {
  readonly title: Bilingual;
  readonly steps: readonly DerivationStep[];
}

/**
 * "Beslistermijn: dinsdag 31 maart 2020" followed by its steps. When the steps begin with the
 * steps of a date printed earlier (the decision deadline repeats the first term, the postal week
 * repeats the objection term), those are summed up in one line instead of repeated.
 */
export function formatComputedDate(
  title: Bilingual,
  c: ComputedDate,
  lang: Lang,
  earlier: readonly PrintedDate[] = [],
): string[] {
  let shared = 0;
  let from: PrintedDate | undefined;
  for (const e of earlier) {
    let n = 0;
    while (n < e.steps.length && n < c.steps.length && sameStep(e.steps[n], c.steps[n])) n++;
    if (n > shared) [shared, from] = [n, e];
  }
  const lines = [`${title[lang]}: ${longDate(c.date, lang)}`];
  if (from && shared > 0) {
    const last = shortDate(c.steps[shared - 1].to, lang);
    const range = shared === 1 ? '1' : `1–${shared}`;
    lines.push(
      lang === 'nl'
        ? `  - stap ${range} als bij '${from.title.nl}' hierboven, tot ${last}`
        : `  - step ${range} as for '${from.title.en}' above, up to ${last}`,
    );
  }
  return [...lines, ...c.steps.slice(shared).flatMap((s) => formatStep(s, lang))];
}

const TITLES = {
  received: { nl: 'Verzoek ontvangen', en: 'Request received' },
  regime: { nl: 'Termijnregime', en: 'Term regime' },
  clarification: {
    nl: 'Uiterste datum verzoek om precisering',
    en: 'Last day to ask for clarification',
  },
  nonHandling: {
    nl: 'Uiterste datum besluit om het verzoek niet te behandelen',
    en: 'Last day for a decision not to handle the request',
  },
  firstTerm: {
    nl: 'Einde eerste termijn (uiterste datum verdagingsbericht)',
    en: 'End of the first term (last day for the extension notice)',
  },
  deadline: { nl: 'Beslistermijn', en: 'Decision deadline' },
  suspended: { nl: 'Opgeschorte dagen', en: 'Days suspended' },
  decided: { nl: 'Besluit genomen', en: 'Decision taken' },
  law: { nl: 'Recht in het besluit', en: 'Law named in the decision' },
  disclosure: { nl: 'Openbaarmaking niet vóór', en: 'Disclosure not before' },
  objectionStart: { nl: 'Bezwaartermijn begint', en: 'Objection term starts' },
  objectionEnd: { nl: 'Einde bezwaartermijn', en: 'Objection term ends' },
  postal: {
    nl: 'Uiterste ontvangstdatum bezwaar per post',
    en: 'Last day of receipt for an objection by post',
  },
  objection: { nl: 'Bezwaar ontvangen', en: 'Objection received' },
  objectionDecision: { nl: 'Beslissing op bezwaar uiterlijk', en: 'Decision on the objection due' },
  default: { nl: 'Ingebrekestelling ontvangen', en: 'Notice of default received' },
  defaultEnd: {
    nl: 'Einde twee weken na ingebrekestelling',
    en: 'End of the two weeks after the notice',
  },
  appealFrom: {
    nl: 'Beroep (of bezwaar) wegens niet tijdig beslissen mogelijk vanaf',
    en: 'Appeal (or objection) for failure to decide possible from',
  },
  warnings: { nl: 'Let op', en: 'Note' },
} satisfies Record<string, Bilingual>;

const REGIME_NAMES: Record<RequestDeadlines['regime'], Bilingual> = {
  wob: {
    nl: 'Wob (Wet openbaarheid van bestuur)',
    en: 'Wob (Government Information (Public Access) Act)',
  },
  woo: { nl: 'Woo (Wet open overheid)', en: 'Woo (Open Government Act)' },
};

/** The text report: every relevant date with its derivation, then the warnings. */
export function formatDeadlineReport(
  facts: RequestFacts,
  d: RequestDeadlines,
  extra: readonly ReportWarning[],
  lang: Lang,
): string {
  const t = (b: Bilingual) => b[lang];
  const out: string[] = [];
  const blank = () => out.push('');
  const printed: PrintedDate[] = [];
  const date = (title: Bilingual, c: ComputedDate) => {
    out.push(...formatComputedDate(title, c, lang, printed));
    printed.push({ title, steps: c.steps });
  };
  out.push(`${t(TITLES.received)}: ${longDate(facts.receivedOn, lang)}`);
  const regimeWhy = facts.regime
    ? { nl: 'opgegeven met --regime', en: 'set with --regime' }
    : {
        nl: 'volgens de ontvangstdatum (Woo art. 10.1)',
        en: 'by the receipt date (Woo art. 10.1)',
      };
  out.push(`${t(TITLES.regime)}: ${t(REGIME_NAMES[d.regime])}, ${t(regimeWhy)}`);
  if (d.clarificationDeadline) {
    blank();
    date(TITLES.clarification, d.clarificationDeadline);
  }
  if (d.nonHandlingDecisionDeadline) {
    blank();
    date(TITLES.nonHandling, d.nonHandlingDecisionDeadline);
  }
  blank();
  date(TITLES.firstTerm, d.firstTermEnd);
  blank();
  date(TITLES.deadline, d.decisionDeadline);
  if (d.suspendedDays > 0 || (facts.suspensions?.length ?? 0) > 0) {
    out.push(`${t(TITLES.suspended)}: ${d.suspendedDays}`);
  }
  if (facts.decidedOn) {
    blank();
    const verdict =
      d.decidedLate === true
        ? {
            nl: `te laat: ${d.daysLate} ${d.daysLate === 1 ? 'dag' : 'dagen'} na de beslistermijn`,
            en: `late: ${d.daysLate} ${d.daysLate === 1 ? 'day' : 'days'} after the decision deadline`,
          }
        : { nl: 'tijdig', en: 'in time' };
    out.push(`${t(TITLES.decided)}: ${longDate(facts.decidedOn, lang)} — ${t(verdict)}`);
    if (d.substantiveLaw) {
      const why = {
        nl: 'volgens de beslisdatum (Woo art. 10.1)',
        en: 'by the decision date (Woo art. 10.1)',
      };
      out.push(`${t(TITLES.law)}: ${t(REGIME_NAMES[d.substantiveLaw])}, ${t(why)}`);
    }
  }
  if (d.disclosureDate) {
    blank();
    date(TITLES.disclosure, d.disclosureDate);
  }
  if (d.objectionWindow) {
    blank();
    out.push(
      `${t(TITLES.objectionStart)}: ${longDate(d.objectionWindow.startsOn, lang)} (Awb art. 6:8 lid 1)`,
    );
    date(TITLES.objectionEnd, d.objectionWindow.endsOn);
    blank();
    date(TITLES.postal, d.objectionWindow.postalReceiptBy);
  }
  if (facts.objection) {
    blank();
    const o = facts.objection;
    const how = o.byPost
      ? t({
          nl: `per post${o.postedOn ? ` (gepost ${longDate(o.postedOn, lang)})` : ''}`,
          en: `by post${o.postedOn ? ` (posted ${longDate(o.postedOn, lang)})` : ''}`,
        })
      : undefined;
    const timely =
      d.objectionTimely === undefined
        ? undefined
        : t(
            d.objectionTimely
              ? { nl: 'tijdig (Awb art. 6:9)', en: 'in time (Awb art. 6:9)' }
              : { nl: 'te laat (Awb art. 6:9)', en: 'late (Awb art. 6:9)' },
          );
    out.push(
      `${t(TITLES.objection)}: ${longDate(o.receivedOn, lang)}${how ? `, ${how}` : ''}${timely ? ` — ${timely}` : ''}`,
    );
    if (d.objectionDecisionDeadline) date(TITLES.objectionDecision, d.objectionDecisionDeadline);
  }
  if (d.noticeOfDefault) {
    blank();
    const n = d.noticeOfDefault;
    const premature = n.premature
      ? t({
          nl: ' — voorbarig: ontvangen op of vóór de beslistermijn',
          en: ' — premature: received on or before the decision deadline',
        })
      : '';
    out.push(`${t(TITLES.default)}: ${longDate(n.receivedOn, lang)}${premature}`);
    date(TITLES.defaultEnd, n.twoWeeksEndOn);
    if (n.appealPossibleFrom)
      out.push(`${t(TITLES.appealFrom)}: ${longDate(n.appealPossibleFrom, lang)}`);
  }
  const warnings = [...d.warnings, ...extra];
  if (warnings.length > 0) {
    blank();
    out.push(`${t(TITLES.warnings)}:`);
    for (const w of warnings) {
      const [first, ...rest] = wrap(w[lang], WIDTH, '    ');
      out.push(`  ! ${first.trimStart()}`, ...rest);
    }
  }
  return `${out.join('\n')}\n`;
}
