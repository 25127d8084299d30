/** What the title of a published decision is made from: the request's own columns. */
export interface TitleSource {
  readonly regime: 'wob' | 'woo';
  readonly reference: string;
  readonly subject: string;
  readonly requesterName: string;
  readonly requesterKind: string | null;
}

/** Titles and particles in a name, which alone identify nobody. */
const NOT_A_NAME = new Set(['de', 'den', 'der', 'van', 'ten', 'ter', 'heer', 'mevrouw', 'naam']);

/**
 * The public title: "Besluit op Woo-verzoek over <subject>". The subject is the clerk's own
 * words and may name the requester ("Verzoek van J. Jansen over …"); a person's name is never
 * published (Woo 5.1 lid 2 sub e), so such a subject gives way to "Besluit op Woo-verzoek
 * <reference>". An organisation's name may stand.
 */
export function publicationTitle(source: TitleSource): string {
  const law = source.regime === 'wob' ? 'Wob' : 'Woo';
  if (
    source.requesterKind !== 'organisation' &&
    namesPerson(source.subject, source.requesterName)
  ) {
    return `Besluit op ${law}-verzoek ${source.reference}`;
  }
  return `Besluit op ${law}-verzoek over ${source.subject}`;
}

function namesPerson(subject: string, name: string): boolean {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,.]+/)
    .filter((w) => w.length >= 3 && !NOT_A_NAME.has(w.toLowerCase()));
  const text = subject.toLowerCase();
  return words.some((w) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(w.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
