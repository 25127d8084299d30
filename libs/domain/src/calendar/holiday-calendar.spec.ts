import { seedCalendar, seedDecrees } from '../../../../test/support/seed-calendar.js';
import { easterSunday } from './easter.js';
import { HolidayCalendar } from './holiday-calendar.js';
import { LocalDate } from './local-date.js';

const calendar = seedCalendar();
const d = (iso: string) => LocalDate.parse(iso);

describe(easterSunday.name, () => {
  it.each([
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, iso) => {
    expect(easterSunday(year).toString()).toBe(iso);
  });
});

describe(HolidayCalendar.name, () => {
  it.each([
    ['2024-01-01', 'Nieuwjaarsdag'],
    ['2024-03-29', 'Goede Vrijdag'],
    ['2024-04-01', 'Tweede Paasdag'],
    ['2024-04-27', 'Koningsdag'],
    ['2025-04-26', 'Koningsdag'], // 27 April 2025 was a Sunday
    ['2013-04-30', 'Koninginnedag'],
    ['2006-04-29', 'Koninginnedag'], // 30 April 2006 was a Sunday
    ['1967-05-01', 'Koninginnedag'], // before 1980 a Sunday birthday moved to Monday
    ['2024-05-05', 'Bevrijdingsdag (5 mei)'],
    ['2023-05-05', 'Bevrijdingsdag (5 mei)'], // every year, not only in lustrum years (LD-HOLIDAYS)
    ['2024-05-09', 'Hemelvaartsdag'],
    ['2024-05-20', 'Tweede Pinksterdag'],
    ['2024-12-25', 'Eerste Kerstdag'],
    ['2024-12-26', 'Tweede Kerstdag'],
    ['2024-05-10', 'vrijdag na Hemelvaartsdag 2024'],
    ['2026-01-02', 'vrijdag 2 januari 2026'],
  ])('%s is %s', (iso, name) => {
    expect(calendar.holidayOn(d(iso))?.nameNl).toBe(name);
    expect(calendar.isNonWorkingDay(d(iso))).toBe(true);
  });

  it.each([
    '2024-03-31',
    '2024-05-19',
    '2024-02-14',
    '2014-04-30',
    '2025-04-27',
    '2024-12-31',
    '2024-02-29',
  ])(
    '%s is not an Atw holiday (Easter and Whit Sunday are Sundays; carnival, 31 Dec and leap day are ordinary)',
    (iso) => {
      expect(calendar.holidayOn(d(iso))).toBeUndefined();
    },
  );

  it('marks the 2020–2022 decree days as unconfirmed and the 2017–2019 ones as confirmed (LD-DECREE-DAYS)', () => {
    expect(calendar.holidayOn(d('2020-05-22'))?.confirmed).toBe(false);
    expect(calendar.holidayOn(d('2022-05-27'))?.confirmed).toBe(false);
    expect(calendar.holidayOn(d('2018-12-24'))?.confirmed).toBe(true);
    expect(calendar.holidayOn(d('2018-12-24'))?.article).toBe('Atw art. 3 lid 3');
  });

  it('knows for which years it has decree data, so operators can be warned (LD-DECREE-DAYS)', () => {
    expect(calendar.hasDecreeDataFor(2028)).toBe(true);
    expect(calendar.hasDecreeDataFor(2029)).toBe(false);
    expect(calendar.hasDecreeDataFor(2016)).toBe(false);
  });

  it('treats a decree day as data: a calendar without the decrees does not know 10 May 2024', () => {
    expect(new HolidayCalendar([]).isNonWorkingDay(d('2024-05-10'))).toBe(false);
    const extra = [
      ...seedDecrees(),
      {
        title: 'test',
        fromYear: 2029,
        toYear: 2029,
        source: 'test',
        confirmed: false,
        days: [{ date: '2029-05-11', name: 'vrijdag na Hemelvaartsdag 2029' }],
      },
    ];
    expect(new HolidayCalendar(extra).holidayOn(d('2029-05-11'))?.confirmed).toBe(false);
  });

  it('lists a year in date order with ten or more holidays', () => {
    const dates = calendar.holidaysIn(2024).map((h) => h.date.toString());
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength(11); // 9 by rule + 10 May + 27 Dec
  });
});
