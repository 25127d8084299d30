import { easterSunday } from './easter.js';
import type { EquatedDayDecree } from './equated-day.js';
import { LocalDate } from './local-date.js';

/** A day on which no statutory term can end (Atw art. 1 and 3). */
export interface Holiday {
  readonly date: LocalDate;
  readonly nameNl: string;
  readonly nameEn: string;
  /** The provision that makes this day a holiday. */
  readonly article: string;
  /** False for Royal-Decree days not yet verified against the Staatscourant (LD-DECREE-DAYS). */
  readonly confirmed: boolean;
  readonly source?: string;
}

/**
 * The holidays of the Algemene termijnenwet: art. 3 lid 1 by rule, Good Friday by lid 2, and the
 * days equated by Royal Decree under lid 3 from data. Easter Sunday and Whit Sunday are not in
 * the list because they are Sundays, which art. 1 covers anyway.
 */
export class HolidayCalendar {
  private readonly byYear = new Map<number, Map<number, Holiday>>();
  private readonly decrees: readonly EquatedDayDecree[];

  constructor(decrees: readonly EquatedDayDecree[] = []) {
    this.decrees = decrees;
  }

  /** The Atw holiday on `date`, if any. */
  holidayOn(date: LocalDate): Holiday | undefined {
    return this.yearTable(date.year).get(date.epochDay);
  }

  /** Saturday, Sunday or holiday: a statutory term cannot end on it (Atw art. 1 lid 1). */
  isNonWorkingDay(date: LocalDate): boolean {
    return date.isWeekend || this.yearTable(date.year).has(date.epochDay);
  }

  /** All holidays of a year, in date order. */
  holidaysIn(year: number): Holiday[] {
    return [...this.yearTable(year).values()].sort((a, b) => a.date.compareTo(b.date));
  }

  /** True when some decree covers `year`; operators are warned when the coming year has none. */
  hasDecreeDataFor(year: number): boolean {
    return this.decrees.some((d) => d.fromYear <= year && year <= d.toYear);
  }

  /** The decrees the calendar was built from (for the operator's overview). */
  get equatedDayDecrees(): readonly EquatedDayDecree[] {
    return this.decrees;
  }

  private yearTable(year: number): Map<number, Holiday> {
    let table = this.byYear.get(year);
    if (!table) {
      table = new Map();
      for (const h of [...statutoryHolidays(year), ...this.equatedDays(year)]) {
        if (!table.has(h.date.epochDay)) table.set(h.date.epochDay, h);
      }
      this.byYear.set(year, table);
    }
    return table;
  }

  private equatedDays(year: number): Holiday[] {
    return this.decrees.flatMap((decree) =>
      decree.days
        .map((d) => ({ ...d, parsed: LocalDate.parse(d.date) }))
        .filter((d) => d.parsed.year === year)
        .map((d) => ({
          date: d.parsed,
          nameNl: d.name,
          nameEn: `day equated with a holiday (${d.name})`,
          article: 'Atw art. 3 lid 3',
          confirmed: decree.confirmed,
          source: `${decree.title}; ${decree.source}`,
        })),
    );
  }
}

function rule(
  date: LocalDate,
  nameNl: string,
  nameEn: string,
  article = 'Atw art. 3 lid 1',
): Holiday {
  return { date, nameNl, nameEn, article, confirmed: true };
}

/** Atw art. 3 lid 1 and lid 2, by rule (LD-HOLIDAYS). */
export function statutoryHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    rule(LocalDate.of(year, 1, 1), 'Nieuwjaarsdag', "New Year's Day"),
    rule(easter.minusDays(2), 'Goede Vrijdag', 'Good Friday', 'Atw art. 3 lid 2'),
    rule(easter.plusDays(1), 'Tweede Paasdag', 'Easter Monday'),
    kingsDay(year),
    rule(LocalDate.of(year, 5, 5), 'Bevrijdingsdag (5 mei)', 'Liberation Day (5 May)'),
    rule(easter.plusDays(39), 'Hemelvaartsdag', 'Ascension Day'),
    rule(easter.plusDays(50), 'Tweede Pinksterdag', 'Whit Monday'),
    rule(LocalDate.of(year, 12, 25), 'Eerste Kerstdag', 'Christmas Day'),
    rule(LocalDate.of(year, 12, 26), 'Tweede Kerstdag', 'Boxing Day'),
  ];
}

/**
 * "De dag waarop de verjaardag van de Koning wordt gevierd": 27 April from 2014 (26 April when the
 * 27th is a Sunday); Queen's Day 30 April from 1949 to 2013, moved to Saturday 29 April from 1980
 * and to Monday 1 May before 1980 when the 30th was a Sunday; 31 August before 1949 (Wilhelmina).
 * Only the days after 1980 matter for Wob/Woo files; the earlier rules are there for completeness.
 */
function kingsDay(year: number): Holiday {
  if (year >= 2014) {
    const d = LocalDate.of(year, 4, 27);
    return rule(d.dayOfWeek === 7 ? d.minusDays(1) : d, 'Koningsdag', "King's Day");
  }
  const birthday = year >= 1949 ? LocalDate.of(year, 4, 30) : LocalDate.of(year, 8, 31);
  const onSunday = birthday.dayOfWeek === 7;
  const celebrated = !onSunday
    ? birthday
    : year >= 1980
      ? birthday.minusDays(1)
      : birthday.plusDays(1);
  return rule(celebrated, 'Koninginnedag', "Queen's Day");
}
