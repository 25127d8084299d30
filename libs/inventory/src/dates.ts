// The dates the platform's importer accepts, read to a calendar date. A date with a time in UTC
// ("2/19/2021 8:46 AM UTC", as review tools export an e-mail's sent time) is the date in
// Europe/Amsterdam at that instant, so a mail sent at 23:30 UTC on 1 March counts as 2 March.
import { amsterdamDateOf, LocalDate } from '@wobdesk/domain';

const date = (y: string, m: string, d: string): LocalDate | undefined => {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return LocalDate.isValid(iso) ? LocalDate.parse(iso) : undefined;
};

/** Y-m-d, d-m-Y, Y/m/d, d/m/Y and "d/m/Y H:i", in the importer's order. */
const PLAIN: readonly [RegExp, (m: RegExpExecArray) => LocalDate | undefined][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => date(m[1], m[2], m[3])],
  [/^(\d{1,2})-(\d{1,2})-(\d{4})$/, (m) => date(m[3], m[2], m[1])],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (m) => date(m[1], m[2], m[3])],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2})?$/, (m) => date(m[3], m[2], m[1])],
];

/** "m/d/Y h:i a T" with T = UTC (or GMT). */
const US_WITH_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}) ?([ap]m) (?:utc|gmt)$/i;

export function parseSheetDate(text: string): LocalDate | undefined {
  const value = text.trim();
  for (const [pattern, read] of PLAIN) {
    const m = pattern.exec(value);
    if (m !== null) return read(m);
  }
  const m = US_WITH_TIME.exec(value);
  if (m === null) return undefined;
  const [month, day, year, hour12, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  if (hour12 < 1 || hour12 > 12 || minute > 59 || date(m[3], m[1], m[2]) === undefined) {
    return undefined;
  }
  const hour = (hour12 % 12) + (m[6].toLowerCase() === 'pm' ? 12 : 0);
  return amsterdamDateOf(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}

/**
 * An Excel date cell. Excel stores a date without a zone; the spreadsheet library hands it over
 * as that wall-clock time in UTC, so the UTC fields are the date the sheet shows.
 */
export function excelCellDate(value: Date): LocalDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  return LocalDate.of(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}
