// Dutch wording of dates, numbers, plurals and item lists as the letters print them. Pure
// functions: the Handlebars helpers in letter-helpers.ts only check their arguments and call these.
import { LocalDate, monthNameNl, nlDate, weekdayNl } from '@wobdesk/domain';

/** A date as the letters' contexts carry it: `YYYY-MM-DD`, or a domain `LocalDate`. */
export type DateInput = string | LocalDate;

export function toLocalDate(value: DateInput): LocalDate {
  return typeof value === 'string' ? LocalDate.parse(value) : value;
}

/** "26 mei 2020" (the date line and the running text of a Dutch letter). */
export function longDate(value: DateInput): string {
  const d = toLocalDate(value);
  return `${d.day} ${monthNameNl(d.month)} ${d.year}`;
}

/** "dinsdag 26 mei 2020" (deadlines: the weekday helps the reader check the date). */
export function weekdayDate(value: DateInput): string {
  return nlDate(toLocalDate(value));
}

/** "dinsdag" */
export function weekday(value: DateInput): string {
  return weekdayNl(toLocalDate(value));
}

const CARDINALS_NL = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
] as const;

/** "zes" for 6, "één" for 1 (terms in weeks are written out up to twelve); larger numbers stay digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < CARDINALS_NL.length ? CARDINALS_NL[n] : String(n);
}

const ORDINALS_NL = [
  'nulde',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
] as const;

/** "eerste", "tweede" … (the "lid" of an article); above twelve: "13e". */
export function ordinalWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < ORDINALS_NL.length ? ORDINALS_NL[n] : `${n}e`;
}

/** "1 dag", "3 dagen"; `withNumber: false` gives only the noun. */
export function plural(n: number, one: string, many: string, withNumber = true): string {
  const noun = n === 1 ? one : many;
  return withNumber ? `${n} ${noun}` : noun;
}

/** "a", "a en b", "a, b en c" */
export function joinNl(parts: readonly string[], last = 'en'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts[parts.length - 1]}`;
}

/**
 * The requested items an answer covers, as the seed letter names them: "vraag 4",
 * "vragen 5 en 6", "vragen 1 tot en met 3", "vragen 1 tot en met 3 en 6".
 */
export function itemNumbers(numbers: readonly number[], one = 'vraag', many = 'vragen'): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const length = j - i + 1;
    if (length >= 3) runs.push(`${sorted[i]} tot en met ${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  return `${sorted.length === 1 ? one : many} ${joinNl(runs)}`;
}

/**
 * "De minister van Justitie en Veiligheid," and "namens deze," — a line of the signature block of
 * an official letter ends in exactly one comma, however the organisation stored it.
 */
export function signatureLine(line: string): string {
  return `${line.trim().replace(/,+$/, '')},`;
}

/** Whether the addressee is a person or a body (an organisation, a bestuursorgaan). */
export type AddresseeKind = 'person' | 'organisation';

/**
 * "Geachte heer Jansen," — the given salutation with exactly one trailing comma. Without one, a
 * body is addressed as "Geacht bestuur," (a letter to an organisation has no one person to greet)
 * and a person as "Geachte heer, mevrouw,".
 */
export function salutationLine(
  salutation: string | undefined,
  kind: AddresseeKind = 'person',
): string {
  const s = (salutation ?? '').trim().replace(/,+$/, '');
  if (s !== '') return `${s},`;
  return kind === 'organisation' ? 'Geacht bestuur,' : 'Geachte heer, mevrouw,';
}
