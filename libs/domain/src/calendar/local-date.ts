/**
 * A calendar date without time or time zone (LD-DATES: legal dates are calendar dates in
 * Europe/Amsterdam). Stored as a day number so that arithmetic never touches `Date` or UTC.
 *
 * @example LocalDate.parse('2020-03-03').plusWeeks(4).toString() === '2020-03-31'
 */
export class LocalDate {
  private constructor(
    /** Days since 1970-01-01. */
    readonly epochDay: number,
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  static of(year: number, month: number, day: number): LocalDate {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
      throw new RangeError(`Invalid date ${year}-${month}-${day}`);
    }
    if (
      year < 1 ||
      year > 9999 ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > daysInMonth(year, month)
    ) {
      throw new RangeError(`Invalid date ${year}-${month}-${day}`);
    }
    return LocalDate.fromEpochDay(epochDayOf(year, month, day));
  }

  /** Parses `YYYY-MM-DD`; throws a RangeError on anything else (callers at the edge validate first). */
  static parse(iso: string): LocalDate {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
    return LocalDate.of(Number(match[1]), Number(match[2]), Number(match[3]));
  }

  /** True when `iso` is a real calendar date in `YYYY-MM-DD` form. */
  static isValid(iso: string): boolean {
    try {
      LocalDate.parse(iso);
      return true;
    } catch {
      return false;
    }
  }

  static fromEpochDay(epochDay: number): LocalDate {
    // Dates are immutable, so the days legal work touches are shared instances: deadline
    // arithmetic then allocates nothing, and equal dates are the same object.
    const slot = epochDay - INTERNED_FROM;
    if (slot >= 0 && slot < INTERNED_DAYS) {
      return (interned[slot] ??= LocalDate.create(epochDay));
    }
    return LocalDate.create(epochDay);
  }

  private static create(epochDay: number): LocalDate {
    const { year, month, day } = civilFromDays(epochDay);
    return new LocalDate(epochDay, year, month, day);
  }

  plusDays(days: number): LocalDate {
    return days === 0 ? this : LocalDate.fromEpochDay(this.epochDay + days);
  }

  minusDays(days: number): LocalDate {
    return this.plusDays(-days);
  }

  plusWeeks(weeks: number): LocalDate {
    return this.plusDays(7 * weeks);
  }

  /** ISO day of week: 1 = Monday … 7 = Sunday. */
  get dayOfWeek(): number {
    // 1970-01-01 was a Thursday (4).
    return ((((this.epochDay + 3) % 7) + 7) % 7) + 1;
  }

  get isWeekend(): boolean {
    return this.dayOfWeek >= 6;
  }

  /** Number of days from this date to `other` (positive when `other` is later). */
  daysUntil(other: LocalDate): number {
    return other.epochDay - this.epochDay;
  }

  compareTo(other: LocalDate): number {
    return this.epochDay - other.epochDay;
  }

  equals(other: LocalDate): boolean {
    return this.epochDay === other.epochDay;
  }

  isBefore(other: LocalDate): boolean {
    return this.epochDay < other.epochDay;
  }

  isAfter(other: LocalDate): boolean {
    return this.epochDay > other.epochDay;
  }

  static max(a: LocalDate, b: LocalDate): LocalDate {
    return a.epochDay >= b.epochDay ? a : b;
  }

  static min(a: LocalDate, b: LocalDate): LocalDate {
    return a.epochDay <= b.epochDay ? a : b;
  }

  toString(): string {
    // Cached per day (not on the instance, so that equal dates stay structurally equal):
    // explanations and JSON print the same few dates many times.
    let iso = isoCache.get(this.epochDay);
    if (iso === undefined) {
      iso = `${String(this.year).padStart(4, '0')}-${pad2(this.month)}-${pad2(this.day)}`;
      if (isoCache.size >= ISO_CACHE_LIMIT) isoCache.clear();
      isoCache.set(this.epochDay, iso);
    }
    return iso;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Interned days: 1900-01-01 … 2199-12-31. */
const INTERNED_FROM = -25567;
const INTERNED_DAYS = 109573;
const interned: (LocalDate | undefined)[] = new Array(INTERNED_DAYS);
const ISO_CACHE_LIMIT = 50_000;
const isoCache = new Map<number, string>();

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Proleptic Gregorian conversions after H. Hinnant, "chrono-compatible low-level date algorithms".
function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
