const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * An instant as an xs:dateTime in Europe/Amsterdam with its offset ("2026-03-10T14:05:00+01:00"):
 * DiWoo's atTime, written as the organisation's local time rather than UTC.
 */
export function amsterdamDateTime(instant: Date): string {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((x) => [x.type, x.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** Midnight at the start of a calendar day in Amsterdam, as an xs:dateTime with its offset. */
export function amsterdamStartOfDay(isoDate: string): string {
  // 00:30 UTC is 01:30 or 02:30 in Amsterdam on the same day: before both clock changes (which
  // happen at 02:00 and 03:00 local time), so its offset is the one in force at midnight.
  const offset = amsterdamDateTime(new Date(`${isoDate}T00:30:00Z`)).slice(-6);
  return `${isoDate}T00:00:00${offset}`;
}
