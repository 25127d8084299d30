import type { LocalDate } from '../calendar/local-date.js';

/** A text in Dutch and English. */
export interface Texts {
  readonly nl: string;
  readonly en: string;
}

/**
 * Texts built on first read. Explanations are read for one request at a time (a page, a letter,
 * the CLI), while deadlines are recomputed for many; building the prose lazily keeps that fast
 * without a second, date-only code path. Private fields keep the builder out of equality checks.
 */
class LazyTexts implements Texts {
  #make: (() => Texts) | undefined;
  #texts: Texts | undefined;
  constructor(make: () => Texts) {
    this.#make = make;
  }
  get nl(): string {
    return this.#resolve().nl;
  }
  get en(): string {
    return this.#resolve().en;
  }
  toJSON(): Texts {
    return { nl: this.nl, en: this.en };
  }
  #resolve(): Texts {
    if (!this.#texts) {
      this.#texts = this.#make!();
      this.#make = undefined;
    }
    return this.#texts;
  }
}

export function lazyTexts(make: () => Texts): Texts {
  return new LazyTexts(make);
}

/**
 * One step in the derivation of a legal date, for the page that answers "waarom deze datum?".
 * Steps are ordered; `from` → `to` is what the step did to the running date. The explanation
 * (`whyNl`, `whyEn`) is built when first read and is part of the JSON form.
 */
export class DerivationStep {
  readonly #why: Texts;
  constructor(
    /** Stable machine identifier of the rule, e.g. `atw.art1`, `term.extension`. */
    readonly rule: string,
    /** The provision applied, e.g. "Woo art. 4.4 lid 1"; people read it, so never an internal id. */
    readonly article: string,
    readonly from: LocalDate,
    readonly to: LocalDate,
    readonly labelNl: string,
    readonly labelEn: string,
    why: Texts,
  ) {
    this.#why = why;
  }
  get whyNl(): string {
    return this.#why.nl;
  }
  get whyEn(): string {
    return this.#why.en;
  }
  toJSON() {
    const { rule, article, from, to, labelNl, labelEn, whyNl, whyEn } = this;
    return { rule, article, from, to, labelNl, labelEn, whyNl, whyEn };
  }
}

/** A computed legal date together with the steps that produced it. */
export interface ComputedDate {
  readonly date: LocalDate;
  readonly steps: readonly DerivationStep[];
}

export function step(
  rule: string,
  article: string,
  from: LocalDate,
  to: LocalDate,
  label: Texts,
  why: Texts,
): DerivationStep {
  return new DerivationStep(rule, article, from, to, label.nl, label.en, why);
}

const weekdaysNl = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const weekdaysEn = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const monthsNl = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "maart" for 3: the Dutch month name (letters print "26 mei 2020"). */
export function monthNameNl(month: number): string {
  return monthsNl[month - 1];
}

/** "dinsdag 3 maart 2020" */
export function nlDate(d: LocalDate): string {
  return `${weekdaysNl[d.dayOfWeek - 1]} ${d.day} ${monthsNl[d.month - 1]} ${d.year}`;
}

/** "Tuesday 3 March 2020" */
export function enDate(d: LocalDate): string {
  return `${weekdaysEn[d.dayOfWeek - 1]} ${d.day} ${monthsEn[d.month - 1]} ${d.year}`;
}

export function weekdayNl(d: LocalDate): string {
  return weekdaysNl[d.dayOfWeek - 1];
}

export function weekdayEn(d: LocalDate): string {
  return weekdaysEn[d.dayOfWeek - 1];
}
