// Counts and instants as the pages write them in Dutch.

/** "1 document", "3 documenten": a count with its noun, as the pages' notices say it. */
export function documentsNl(count: number): string {
  return count === 1 ? '1 document' : `${count} documenten`;
}

/** An instant as the pages say it: "3 december 2026 om 19:05", in Europe/Amsterdam. */
export function whenNl(iso: string): string {
  const at = new Date(iso);
  const date = at.toLocaleDateString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = at.toLocaleTimeString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${date} om ${time}`;
}
