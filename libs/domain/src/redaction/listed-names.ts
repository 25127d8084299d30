/** At most this many names: the suggestions compare every word of a document with each. */
export const MAX_LISTED_NAMES = 500;
/** A person's name, initials and all, fits; a paragraph pasted by mistake does not. */
export const MAX_LISTED_NAME_LENGTH = 100;
/** One letter is no name: it would be suggested at every initial. */
export const MIN_LISTED_NAME_LENGTH = 2;

/** Why a list of names was refused, as the API names the rule. */
export type ListedNamesRule = 'max_500_names' | 'name_length_2_to_100';

export type ListedNamesResult =
  | { readonly ok: true; readonly names: readonly string[] }
  | { readonly ok: false; readonly rule: ListedNamesRule; readonly name?: string };

/**
 * The names an organisation lists, as typed (one per line, or as an array): trimmed, inner
 * spaces made single, blank lines dropped and the same name (any case) kept once, in the order
 * given. Refused when a name is shorter or longer than a name can be, or the list too long.
 */
export function parseListedNames(input: string | readonly string[]): ListedNamesResult {
  const lines = typeof input === 'string' ? input.split(/\r?\n/) : input;
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of lines) {
    const name = line.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    const length = [...name].length;
    if (length < MIN_LISTED_NAME_LENGTH || length > MAX_LISTED_NAME_LENGTH) {
      return { ok: false, rule: 'name_length_2_to_100', name };
    }
    const key = name.toLocaleLowerCase('nl');
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  if (names.length > MAX_LISTED_NAMES) return { ok: false, rule: 'max_500_names' };
  return { ok: true, names };
}

/** The names as stored: one per line. */
export function storedListedNames(names: readonly string[]): string {
  return names.join('\n');
}

/** The stored names back as a list; '' is none. */
export function listedNamesOf(stored: string): string[] {
  return stored === '' ? [] : stored.split('\n');
}
