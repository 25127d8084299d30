// A duplicate is listed once in the inventory, under the document it duplicates (its twin), with
// a reference to it: the inventory says how many distinct documents the decision covers, and the
// twin's assessment stands for its copies (LD-DUPLICATE-LISTED-ONCE).

/** What grouping needs of a document: its id, its number and the document listed in its place. */
export interface ListableDocument {
  readonly id: string;
  readonly number: number;
  /** The twin's id; null: listed itself. */
  readonly duplicateOf: string | null;
}

/** A document the inventory lists, with the numbers of the copies listed under it. */
export interface ListedDocument<T> {
  readonly document: T;
  /** The copies' numbers, ascending; empty when it has none. */
  readonly copyNumbers: readonly number[];
  /** The copies themselves, by number. */
  readonly copies: readonly T[];
}

/**
 * The documents each listed once, in the order given, each with its copies. A copy whose twin is
 * not among the documents (a partial list) is listed itself rather than lost.
 */
export function listedOnce<T extends ListableDocument>(
  documents: readonly T[],
): ListedDocument<T>[] {
  const ids = new Set(documents.map((d) => d.id));
  const copies = new Map<string, T[]>();
  for (const d of documents) {
    if (d.duplicateOf !== null && d.duplicateOf !== d.id && ids.has(d.duplicateOf)) {
      copies.set(d.duplicateOf, [...(copies.get(d.duplicateOf) ?? []), d]);
    }
  }
  return documents
    .filter((d) => d.duplicateOf === null || d.duplicateOf === d.id || !ids.has(d.duplicateOf))
    .map((d) => {
      const own = [...(copies.get(d.id) ?? [])].sort((a, b) => a.number - b.number);
      return { document: d, copies: own, copyNumbers: own.map((c) => c.number) };
    });
}

/** "ook nrs. 12, 31" (or "ook nr. 12"): the copies as the inventory lists name them. */
export function alsoNumbersNl(copyNumbers: readonly number[]): string | undefined {
  if (copyNumbers.length === 0) return undefined;
  return `ook ${copyNumbers.length === 1 ? 'nr.' : 'nrs.'} ${copyNumbers.join(', ')}`;
}
