import ICAL from 'ical.js';
import { LocalDate } from '@wobdesk/domain';
import { escapeText, foldLine, icalendar } from './icalendar.js';

describe('icalendar', () => {
  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}Y`)).toBe(`${line}\r\n Y`);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('reads back through a real parser as an all-day event with the text unchanged', () => {
    const text = icalendar(
      'Agenda van Wobdesk',
      [
        {
          uid: 'r1-decision_deadline@wobdesk',
          date: LocalDate.parse('2026-12-31'),
          summary: 'WOO-2026-0001: Uiterste beslisdatum, ook "zo"; echt',
          description: `Regel één\nArtikel: Woo art. 4.4 lid 1\n${'lang '.repeat(40)}`,
          url: 'https://woo.example.nl/verzoeken/r1',
          sequence: 7,
          lastModified: new Date('2026-12-01T10:00:00Z'),
        },
      ],
      new Date('2026-12-02T08:30:00Z'),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda van Wobdesk');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('r1-decision_deadline@wobdesk');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-31');
    expect(event.endDate.toString()).toBe('2027-01-01');
    expect(event.summary).toBe('WOO-2026-0001: Uiterste beslisdatum, ook "zo"; echt');
    expect(event.description).toBe(`Regel één\nArtikel: Woo art. 4.4 lid 1\n${'lang '.repeat(40)}`);
    expect(event.sequence).toBe(7);
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-02T08:30:00Z');
  });
});
