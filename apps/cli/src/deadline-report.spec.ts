import { computeRequestDeadlines, enDate, LocalDate, type RequestFacts } from '@wobdesk/domain';
import { seedCalendar } from '../../../test/support/seed-calendar.js';
import { helpText } from './help.js';
import { formatHolidays, holidayList } from './holidays-report.js';
import {
  deadlineJson,
  formatComputedDate,
  formatDeadlineReport,
  inputWarnings,
  shortDate,
  wrap,
} from './deadline-report.js';

const calendar = seedCalendar();
const d = (iso: string) => LocalDate.parse(iso);
const report = (facts: RequestFacts, lang: 'nl' | 'en' = 'nl') => {
  const deadlines = computeRequestDeadlines(facts, calendar);
  return formatDeadlineReport(facts, deadlines, inputWarnings(facts, deadlines), lang);
};

// legal-rules.md section 8 (a): Wob request received Tue 3 March 2020, decided and sent Tue 26 May 2020.
const exampleA: RequestFacts = {
  receivedOn: d('2020-03-03'),
  decidedOn: d('2020-05-26'),
  sentOn: d('2020-05-26'),
};

describe('formatDeadlineReport', () => {
  it('prints every date of worked example (a) on its own line, in Dutch by default', () => {
    const lines = report(exampleA).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Verzoek ontvangen: dinsdag 3 maart 2020',
        'Termijnregime: Wob (Wet openbaarheid van bestuur), volgens de ontvangstdatum (Woo art. 10.1)',
        'Einde eerste termijn (uiterste datum verdagingsbericht): dinsdag 31 maart 2020',
        'Beslistermijn: dinsdag 31 maart 2020',
        'Besluit genomen: dinsdag 26 mei 2020 — te laat: 56 dagen na de beslistermijn',
        'Bezwaartermijn begint: woensdag 27 mei 2020 (Awb art. 6:8 lid 1)',
        'Einde bezwaartermijn: dinsdag 7 juli 2020',
        'Uiterste ontvangstdatum bezwaar per post: dinsdag 14 juli 2020',
      ]),
    );
  });

  it('follows each date with its indented steps: label, article, from → to, then why', () => {
    const text = report(exampleA);
    expect(text).toContain(
      'Einde bezwaartermijn: dinsdag 7 juli 2020\n' +
        '  - Bekendmaking van het besluit (Awb art. 6:8 lid 1): di 26 mei 2020\n' +
        '      Het besluit is verzonden op dinsdag 26 mei 2020; de bezwaartermijn begint de dag erna.\n' +
        '  - Bezwaartermijn van zes weken (Awb art. 6:7): di 26 mei 2020 → di 7 jul 2020\n' +
        '      Zes weken na de bekendmaking, op dezelfde dag van de week.\n',
    );
  });

  it('sums up steps already shown for an earlier date instead of repeating them', () => {
    const text = report(exampleA);
    expect(text).toContain(
      "Beslistermijn: dinsdag 31 maart 2020\n  - stap 1–2 als bij 'Einde eerste termijn (uiterste datum verdagingsbericht)' hierboven, tot di 31 mrt 2020\n",
    );
    expect(text).toContain(
      "Uiterste ontvangstdatum bezwaar per post: dinsdag 14 juli 2020\n  - stap 1–2 als bij 'Einde bezwaartermijn' hierboven, tot di 7 jul 2020\n  - Postweek (Awb art. 6:9 lid 2): di 7 jul 2020 → di 14 jul 2020\n",
    );
  });

  it('prints English with --lang en', () => {
    const text = report(exampleA, 'en');
    expect(text).toContain('Decision deadline: Tuesday 31 March 2020\n');
    expect(text).toContain(
      'Decision taken: Tuesday 26 May 2020 — late: 56 days after the decision deadline\n',
    );
    expect(text).toContain(
      '  - Objection term of six weeks (Awb art. 6:7): Tue 26 May 2020 → Tue 7 Jul 2020\n',
    );
  });

  it('worked example (b): suspensions, extension, objection, notice of default and the warnings', () => {
    const facts: RequestFacts = {
      receivedOn: d('2023-12-22'),
      extension: { notifiedOn: d('2024-01-19'), days: 14 },
      suspensions: [
        {
          kind: 'third_party_view',
          notifiedOn: d('2024-01-09'),
          termEndsOn: d('2024-01-23'),
          respondedOn: d('2024-01-22'),
        },
      ],
      decidedOn: d('2024-02-15'),
      sentOn: d('2024-02-15'),
      objectionExpected: true,
      noticeOfDefaultOn: d('2024-02-01'),
      objection: {
        receivedOn: d('2024-03-29'),
        byPost: true,
        postedOn: d('2024-03-28'),
        advisoryCommittee: true,
      },
    };
    const text = report(facts, 'en');
    for (const line of [
      'Last day to ask for clarification: Friday 5 January 2024',
      'End of the first term (last day for the extension notice): Thursday 1 February 2024',
      'Decision deadline: Thursday 15 February 2024',
      'Days suspended: 13',
      'Decision taken: Thursday 15 February 2024 — in time',
      'Disclosure not before: Thursday 29 February 2024',
      'Objection term ends: Thursday 28 March 2024',
      'Objection received: Friday 29 March 2024, by post (posted Thursday 28 March 2024) — in time (Awb art. 6:9)',
      'Decision on the objection due: Thursday 20 June 2024',
      'Notice of default received: Thursday 1 February 2024 — premature: received on or before the decision deadline',
      'End of the two weeks after the notice: Thursday 15 February 2024',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    expect(text).toContain(
      '  - Suspension: 13 days (Woo art. 4.4 lid 3): Fri 2 Feb 2024 → Thu 15 Feb 2024\n',
    );
  });

  it('ends with the warnings of the engine and of the input check', () => {
    const facts: RequestFacts = {
      receivedOn: d('2023-12-22'),
      extension: { notifiedOn: d('2024-01-22'), days: 14 },
      environmentalInformation: true,
    };
    const text = report(facts, 'en');
    const notes = text.slice(text.indexOf('\nNote:\n'));
    expect(notes).toContain(
      '  ! The extension was notified on 2024-01-22, after the first term ended (2024-01-19)',
    );
    expect(notes).toContain('  ! --environmental has no effect under the Woo');
    expect(text).toContain('Decision deadline: Friday 19 January 2024\n');
  });

  it('prints the Woo 4.1 lid 6 date after a clarification request with a term', () => {
    const facts: RequestFacts = {
      receivedOn: d('2023-12-22'),
      suspensions: [
        {
          kind: 'clarification',
          requestedOn: d('2023-12-27'),
          termEndsOn: d('2024-01-10'),
          answeredOn: d('2024-01-08'),
        },
      ],
    };
    const d2 = computeRequestDeadlines(facts, calendar).nonHandlingDecisionDeadline!.date;
    expect(report(facts, 'en')).toContain(
      `Last day for a decision not to handle the request: ${enDate(d2)}\n`,
    );
  });

  it('says when the term regime was set by hand', () => {
    expect(report({ receivedOn: d('2022-04-20'), regime: 'woo' })).toContain(
      'Termijnregime: Woo (Wet open overheid), opgegeven met --regime\n',
    );
  });
});

describe('inputWarnings', () => {
  it('warns that environmental information has no effect under the Woo', () => {
    const facts: RequestFacts = { receivedOn: d('2023-12-22'), environmentalInformation: true };
    const [w] = inputWarnings(facts, computeRequestDeadlines(facts, calendar));
    expect(w.code).toBe('CLI.ENVIRONMENTAL_IGNORED');
  });

  it('does not warn for environmental information under the Wob', () => {
    const facts: RequestFacts = { receivedOn: d('2020-03-03'), environmentalInformation: true };
    expect(inputWarnings(facts, computeRequestDeadlines(facts, calendar))).toEqual([]);
  });
});

describe('deadlineJson', () => {
  it('gives the facts and the full engine result, dates as YYYY-MM-DD, steps in both languages', () => {
    const deadlines = computeRequestDeadlines(exampleA, calendar);
    const doc = JSON.parse(deadlineJson(exampleA, deadlines, []));
    expect(doc.facts).toEqual({
      receivedOn: '2020-03-03',
      decidedOn: '2020-05-26',
      sentOn: '2020-05-26',
    });
    expect(doc.deadlines.decisionDeadline.date).toBe('2020-03-31');
    expect(doc.deadlines.objectionWindow.endsOn.date).toBe('2020-07-07');
    expect(doc.deadlines.daysLate).toBe(56);
    expect(doc.deadlines.decisionDeadline.steps[1]).toMatchObject({
      rule: 'term.decision',
      article: 'Wob art. 6 lid 1',
      from: '2020-03-03',
      to: '2020-03-31',
      labelNl: 'Beslistermijn van 4 weken',
      labelEn: 'Decision term of 4 weeks',
    });
  });

  it('adds the input warnings to the engine warnings', () => {
    const deadlines = computeRequestDeadlines(exampleA, calendar);
    const extra = [{ code: 'CLI.TEST', nl: 'x', en: 'y' }];
    expect(JSON.parse(deadlineJson(exampleA, deadlines, extra)).deadlines.warnings).toEqual([
      ...deadlines.warnings,
      ...extra,
    ]);
  });
});

describe('helpers', () => {
  it('shortDate keeps the weekday', () => {
    expect(shortDate(d('2024-05-13'), 'nl')).toBe('ma 13 mei 2024');
    expect(shortDate(d('2024-05-13'), 'en')).toBe('Mon 13 May 2024');
  });

  it('wrap breaks at word boundaries within the width and indents every line', () => {
    expect(wrap('aaa bbb ccc ddd', 10, '  ')).toEqual(['  aaa bbb', '  ccc ddd']);
    expect(wrap('a-very-long-word x', 5, '')).toEqual(['a-very-long-word', 'x']);
    expect(wrap('', 10, '  ')).toEqual([]);
  });

  it('formatComputedDate without earlier dates prints all steps', () => {
    const c = computeRequestDeadlines({ receivedOn: d('2024-04-11') }, calendar).decisionDeadline;
    const lines = formatComputedDate({ nl: 'Beslistermijn', en: 'Decision deadline' }, c, 'nl');
    expect(lines[0]).toBe('Beslistermijn: maandag 13 mei 2024');
    expect(lines).toContain(
      '  - Verlenging tot de eerstvolgende werkdag (Atw art. 1 lid 1): do 9 mei 2024 → ma 13 mei 2024',
    );
  });
});

describe('notice of default', () => {
  it('after the deadline: the end of the two weeks and the first day of appeal (Awb 6:12)', () => {
    const text = report({ receivedOn: d('2020-03-03'), noticeOfDefaultOn: d('2020-04-10') }, 'en');
    expect(text).toContain('Notice of default received: Friday 10 April 2020\n');
    expect(text).toContain('End of the two weeks after the notice: Friday 24 April 2020\n');
    expect(text).toContain(
      'Appeal (or objection) for failure to decide possible from: Saturday 25 April 2020\n',
    );
  });
});

describe('what the command-line tool prints cites articles, never an internal id', () => {
  const INTERNAL_ID = /\bD[0-9]\b|LD-/;
  const transitional: RequestFacts = {
    receivedOn: d('2022-04-10'),
    extension: { notifiedOn: d('2022-05-06'), days: 28 },
    suspensions: [
      { kind: 'third_party_view', notifiedOn: d('2022-04-12'), termEndsOn: d('2022-04-26') },
      { kind: 'clarification', requestedOn: d('2022-04-13'), termEndsOn: d('2022-04-20') },
      { kind: 'consent', agreedOn: d('2022-04-14'), days: 7 },
    ],
    decidedOn: d('2022-06-20'),
    sentOn: d('2022-06-20'),
    noticeOfDefaultOn: d('2022-06-10'),
    objection: { receivedOn: d('2022-07-20'), byPost: true, postedOn: d('2022-07-19') },
  };
  const outputs = (lang: 'nl' | 'en') => [
    report(exampleA, lang),
    report(transitional, lang),
    report({ receivedOn: d('2022-04-20'), regime: 'woo' }, lang),
    report({ receivedOn: d('2021-04-15'), environmentalInformation: true }, lang),
    formatHolidays(holidayList(calendar, 2021), lang),
    formatHolidays(holidayList(calendar, 2031), lang),
    helpText('general', lang),
    helpText('deadline', lang),
    helpText('holidays', lang),
  ];

  it.each(['nl', 'en'] as const)('in %s', (lang) => {
    const texts = outputs(lang);
    expect(texts.join('\n')).toContain('Woo art. 10.1');
    for (const text of texts) {
      expect(text.split('\n').filter((line) => INTERNAL_ID.test(line))).toEqual([]);
    }
  });
});
