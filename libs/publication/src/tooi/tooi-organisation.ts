import { TOOI_ORGANISATION_LISTS, type TooiValue } from './tooi-lists.js';

const BY_URI: ReadonlyMap<string, TooiValue> = new Map(
  Object.values(TOOI_ORGANISATION_LISTS).flatMap((list) => list.entries.map((e) => [e.uri, e])),
);

/**
 * The TOOI organisation with this identifier, from the lists DiWoo accepts as publisher; undefined
 * for any other value (the schema would refuse the sitemap of an unknown publisher).
 */
export function tooiOrganisation(uri: string): TooiValue | undefined {
  return BY_URI.get(uri);
}

/** Organisations whose label contains `text` (case-insensitive), for the settings page. */
export function searchTooiOrganisations(text: string, limit = 20): TooiValue[] {
  const needle = text.trim().toLocaleLowerCase('nl');
  if (needle === '') return [];
  const found: TooiValue[] = [];
  for (const value of BY_URI.values()) {
    if (value.label.toLocaleLowerCase('nl').includes(needle)) found.push(value);
    if (found.length >= limit) break;
  }
  return found;
}
