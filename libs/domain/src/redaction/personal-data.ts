import type { LocalDate } from '../calendar/local-date.js';
import { substantiveLawFor } from '../deadline/regime.js';
import type { Regime } from '../deadline/regime.js';
import { findRefusalGround, type RefusalGround } from '../register/refusal-grounds.js';
import { termWords } from './find-term.js';
import {
  comparableWord,
  lineRuns,
  type MarkedArea,
  type PageOfWords,
  type WordBox,
} from './word-boxes.js';

// Personal data a clerk is likely to black out, found in a document's words. These are
// suggestions: nothing is marked until the clerk accepts one.

export const PERSONAL_DATA_KINDS = ['email', 'phone', 'iban', 'bsn', 'name'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One piece of personal data found, with the areas that would cover it. */
export interface PersonalDataSuggestion {
  /** Stable for the same file: kind, page and the index of its first word. */
  readonly id: string;
  readonly kind: PersonalDataKind;
  /** The text as found; shown to the clerk, never stored or logged. */
  readonly text: string;
  readonly page: number;
  readonly areas: readonly MarkedArea[];
}

/** A phone number, IBAN or name spans at most this many words ("NL91 ABNA 0417 1643 00"). */
const MAX_WORDS = 6;

/** The 11-test of the burgerservicenummer: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
export function isValidBsn(text: string): boolean {
  if (!/^\d{9}$/.test(text) || /^0+$/.test(text)) return false;
  const digits = [...text].map(Number);
  const sum = digits.slice(0, 8).reduce((total, d, i) => total + (9 - i) * d, 0) - digits[8]!;
  return sum % 11 === 0;
}

/**
 * The length of an IBAN in each country of the EEA and Switzerland and the UK (the SEPA area a
 * Dutch body's documents name). Without it a following word could make a longer "IBAN" that
 * passes mod 97 by chance (one in 97).
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
};

/** ISO 13616: country, check digits, account; moved round and read as a number, mod 97 is 1. */
export function isValidIban(text: string): boolean {
  const iban = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const rotated = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const char of rotated) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/**
 * A Dutch phone number as written: 06-12345678, 020-1234567, 020 123 4567, +31 6 12345678,
 * +31 (0)20 123 4567, 0031 …; ten digits in all with the leading 0 (or the country code).
 */
export function isDutchPhoneNumber(text: string): boolean {
  if (!/^[\d\s\-+().]+$/.test(text)) return false;
  const compact = text.replace(/[\s\-.]/g, '').replace(/^\((0\d{1,3})\)/, '$1');
  return /^(?:0[1-9]\d{8}|(?:\+31|0031)(?:\(0\))?[1-9]\d{8})$/.test(compact);
}

const EMAIL = /^[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

/**
 * Punctuation around what was found is no part of it ("bel 06-12345678.", "(jan@x.nl)"); a
 * bracket that is closed inside it is ("(020) 1234567").
 */
function trimmed(text: string): string {
  let t = text.replace(/[.,;:!?"'”’]+$/u, '').replace(/^["'“‘]+/u, '');
  if (t.startsWith('(') && !t.includes(')')) t = t.slice(1);
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1);
  return t;
}

function kindOf(text: string): PersonalDataKind | null {
  const t = trimmed(text);
  if (EMAIL.test(t)) return 'email';
  if (isDutchPhoneNumber(t)) return 'phone';
  if (isValidIban(t) && /^[A-Za-z0-9 ]+$/.test(t)) return 'iban';
  // A BSN is written as nine digits, or grouped "1234.56.789".
  if (/^\d{9}$|^\d{4}\.\d{2}\.\d{3}$/.test(t) && isValidBsn(t.replace(/\./g, ''))) return 'bsn';
  return null;
}

/**
 * The personal data on the pages: e-mail addresses, Dutch phone numbers, IBANs passing the
 * mod-97 check, BSNs passing the 11-test, and the `names` given (any case, one or more words).
 * At each word the longest match on its line wins, and the search goes on after it.
 */
export function suggestPersonalData(
  pages: readonly PageOfWords[],
  names: readonly string[] = [],
): PersonalDataSuggestion[] {
  const nameWords = names.map(termWords).filter((w) => w.length > 0);
  const found: PersonalDataSuggestion[] = [];
  for (const page of pages) {
    const comparable = page.words.map((w) => comparableWord(w.text));
    for (let i = 0; i < page.words.length; i++) {
      const match = longestAt(page.words, comparable, i, nameWords);
      if (match === null) continue;
      const words = page.words.slice(i, i + match.length);
      found.push({
        id: `${match.kind}-${page.page}-${i}`,
        kind: match.kind,
        text: trimmed(words.map((w) => w.text).join(' ')),
        page: page.page,
        areas: lineRuns(page.page, words),
      });
      i += match.length - 1;
    }
  }
  return found;
}

function longestAt(
  words: readonly WordBox[],
  comparable: readonly string[],
  start: number,
  names: readonly string[][],
): { kind: PersonalDataKind; length: number } | null {
  let best: { kind: PersonalDataKind; length: number } | null = null;
  for (const name of names) {
    const fits = name.every((w, k) => comparable[start + k] === w);
    if (fits && name.length > (best?.length ?? 0)) best = { kind: 'name', length: name.length };
  }
  let text = '';
  for (let length = 1; length <= MAX_WORDS && start + length <= words.length; length++) {
    text = length === 1 ? words[start]!.text : `${text} ${words[start + length - 1]!.text}`;
    const kind = kindOf(text);
    if (kind !== null && length > (best?.length ?? 0)) best = { kind, length };
  }
  return best;
}

/**
 * The ground proposed for personal data: the protection of privacy, Woo art. 5.1 lid 2 sub e,
 * or under the Wob art. 10 lid 2 sub e — of the law the decision is taken under.
 */
export function personalDataGround(law: Regime): RefusalGround {
  return findRefusalGround(law, law === 'woo' ? '5.1.2.e' : '10.2.e')!;
}

/** The same, for a decision taken on `decidedOn` (its substantive law). */
export function personalDataGroundOn(decidedOn: LocalDate): RefusalGround {
  return personalDataGround(substantiveLawFor(decidedOn));
}

/** The ground as printed in a redaction box: "5.1.2.e" → "5.1.2e", "10.2.e" → "10.2e". */
export function redactionLabel(code: string): string {
  return code.replace(/\.([a-z])$/, '$1');
}
