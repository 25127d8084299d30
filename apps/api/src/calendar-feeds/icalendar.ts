import type { LocalDate } from '@wobdesk/domain';

/** One all-day event of a feed. */
export interface AllDayEvent {
  readonly uid: string;
  readonly date: LocalDate;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  /** Raised whenever the event may have changed, so a client replaces its copy. */
  readonly sequence: number;
  readonly lastModified: Date;
}

/** A calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets. */
export function icalendar(name: string, events: readonly AllDayEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wobdesk//Agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    // RFC 7986 and its older vendor form: ask clients to fetch the feed again every hour.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `LAST-MODIFIED:${utcStamp(e.lastModified)}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      // DTEND is exclusive: an all-day event on one day ends at the start of the next.
      `DTEND;VALUE=DATE:${basicDate(e.date.plusDays(1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      // A deadline does not make the clerk busy that day.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: a line longer than 75 octets continues on the next line after CRLF and one
 * space. Octets, not characters: a UTF-8 character is never split across two lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The continuation's leading space counts towards its 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: LocalDate): string {
  return date.toString().replace(/-/g, '');
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
