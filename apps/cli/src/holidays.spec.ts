import { seedCalendar } from '../../../test/support/seed-calendar.js';
import { UsageError } from './cli-support.js';
import { parseHolidaysArgs } from './holidays-args.js';
import { formatHolidays, holidayList, holidaysJson } from './holidays-report.js';

const calendar = seedCalendar();

describe('parseHolidaysArgs', () => {
  it('reads the flags; without --year the caller uses the current year', () => {
    expect(parseHolidaysArgs(['--year', '2024', '--json', '--lang', 'en'])).toEqual({
      year: 2024,
      json: true,
      lang: 'en',
      seedsDir: undefined,
      help: false,
    });
    expect(parseHolidaysArgs([]).year).toBeUndefined();
  });

  it.each(['24', '1964', 'next', '2024.5'])('rejects --year %s naming the rule', (year) => {
    expect(() => parseHolidaysArgs(['--year', year])).toThrow(UsageError);
    expect(() => parseHolidaysArgs(['--year', year])).toThrow(
      /--year .*Algemene termijnenwet applies since 1 April 1965/,
    );
  });
});

describe('holidayList and formatHolidays', () => {
  it('2024: the statutory days and the decree day of 10 May, confirmed', () => {
    const list = holidayList(calendar, 2024);
    expect(list.hasDecreeData).toBe(true);
    expect(list.warnings).toEqual([]);
    expect(list.holidays.map((h) => h.date.toString())).toEqual([
      '2024-01-01',
      '2024-03-29',
      '2024-04-01',
      '2024-04-27',
      '2024-05-05',
      '2024-05-09',
      '2024-05-10',
      '2024-05-20',
      '2024-12-25',
      '2024-12-26',
      '2024-12-27',
    ]);
    const text = formatHolidays(list, 'nl');
    expect(text).toMatch(
      /^ {2}vr 10 mei 2024 +vrijdag na Hemelvaartsdag 2024 +Atw art\. 3 lid 3 +bij KB gelijkgesteld, bevestigd$/m,
    );
    expect(text).toMatch(/^ {2}vr 29 mrt 2024 +Goede Vrijdag +Atw art\. 3 lid 2$/m);
    expect(text).toContain('Bron: Besluit gelijkstelling van 28 april 2023');
  });

  it('2021: the decree day is marked unconfirmed (LD-DECREE-DAYS)', () => {
    const list = holidayList(calendar, 2021);
    expect(list.warnings.map((w) => w.code)).toEqual(['CALENDAR.UNCONFIRMED_HOLIDAY']);
    expect(formatHolidays(list, 'en')).toContain('equated by Royal Decree, UNCONFIRMED');
  });

  it('2031: warns that the year has no decree data', () => {
    const list = holidayList(calendar, 2031);
    expect(list.hasDecreeData).toBe(false);
    expect(formatHolidays(list, 'en')).toContain(
      '  ! No days equated by Royal Decree are known for 2031',
    );
    expect(JSON.parse(holidaysJson(list))).toMatchObject({
      year: 2031,
      hasDecreeData: false,
      holidays: expect.arrayContaining([
        expect.objectContaining({ date: '2031-04-11', nameEn: 'Good Friday', confirmed: true }),
      ]),
      warnings: [expect.objectContaining({ code: 'CALENDAR.NO_DECREE_DATA' })],
    });
  });
});
