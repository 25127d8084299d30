// `wobdesk holidays …`: the Atw holidays of a year, decree days included, as text or JSON.
import type { Holiday, HolidayCalendar } from '@wobdesk/domain';
import type { Lang } from './cli-support.js';
import { shortDate, wrap } from './deadline-report.js';

export interface HolidayList {
  readonly year: number;
  readonly hasDecreeData: boolean;
  readonly holidays: readonly Holiday[];
  readonly warnings: readonly { readonly code: string; readonly nl: string; readonly en: string }[];
}

/** The holidays of `year` and the warnings of LD-DECREE-DAYS: no decree data, or decree days not yet verified. */
export function holidayList(calendar: HolidayCalendar, year: number): HolidayList {
  const holidays = calendar.holidaysIn(year);
  const hasDecreeData = calendar.hasDecreeDataFor(year);
  const warnings: HolidayList['warnings'][number][] = [];
  if (!hasDecreeData) {
    warnings.push({
      code: 'CALENDAR.NO_DECREE_DATA',
      nl: `Voor ${year} zijn geen bij Koninklijk Besluit gelijkgestelde dagen bekend (Atw art. 3 lid 3). Termijnen die in ${year} eindigen kunnen nog verschuiven; voeg het besluit toe aan seeds/holidays/equated-days.json.`,
      en: `No days equated by Royal Decree are known for ${year} (Atw art. 3 lid 3). Terms ending in ${year} may still move; add the decree to seeds/holidays/equated-days.json.`,
    });
  }
  const unconfirmed = holidays.filter((h) => !h.confirmed);
  if (unconfirmed.length > 0) {
    warnings.push({
      code: 'CALENDAR.UNCONFIRMED_HOLIDAY',
      nl: `Niet geverifieerd in de Staatscourant: ${unconfirmed.map((h) => h.date.toString()).join(', ')} (Atw art. 3 lid 3).`,
      en: `Not verified against the Staatscourant: ${unconfirmed.map((h) => h.date.toString()).join(', ')} (Atw art. 3 lid 3).`,
    });
  }
  return { year, hasDecreeData, holidays, warnings };
}

export function holidaysJson(list: HolidayList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}

export function formatHolidays(list: HolidayList, lang: Lang): string {
  const nl = lang === 'nl';
  const out = [
    nl
      ? `Feestdagen volgens de Algemene termijnenwet in ${list.year} (een termijn die erop eindigt, loopt door tot de eerstvolgende werkdag):`
      : `Holidays under the Algemene termijnenwet in ${list.year} (a term ending on one runs on to the next working day):`,
  ];
  const rows = list.holidays.map((h) => {
    const decree = h.article === 'Atw art. 3 lid 3';
    const status = decree
      ? nl
        ? `bij KB gelijkgesteld, ${h.confirmed ? 'bevestigd' : 'ONBEVESTIGD'}`
        : `equated by Royal Decree, ${h.confirmed ? 'confirmed' : 'UNCONFIRMED'}`
      : '';
    return [shortDate(h.date, lang), nl ? h.nameNl : h.nameEn, h.article, status];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) {
    out.push(
      `  ${r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')}`.trimEnd(),
    );
  }
  const sources = [...new Set(list.holidays.flatMap((h) => (h.source ? [h.source] : [])))];
  for (const s of sources) out.push(...wrap(`${nl ? 'Bron' : 'Source'}: ${s}`, 100, '  '));
  for (const w of list.warnings) {
    const [first, ...rest] = wrap(nl ? w.nl : w.en, 100, '    ');
    out.push(`  ! ${first.trimStart()}`, ...rest);
  }
  return `${out.join('\n')}\n`;
}
