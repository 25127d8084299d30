import { DOCUMENT_ASSESSMENTS, REFUSAL_GROUNDS } from '@wobdesk/domain';
import { type InventoryFilter, type InventoryPage, searchWords } from '@wobdesk/persistence';
import { invalidInput } from '@wobdesk/register';

// The inventory's filters as they arrive in a query string (the API's and the page's alike),
// checked and turned into the repository's filter. An empty value is no filter: a form sends
// its empty pick lists too.

/** The filter and page parameters, by name. */
export type InventoryQuery = Readonly<Record<string, unknown>>;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const MAX_SEARCH_LENGTH = 200;

export const UNASSESSED = 'unassessed';
const ASSESSMENT_FILTERS: readonly string[] = [...DOCUMENT_ASSESSMENTS, UNASSESSED];
const GROUND_CODES: ReadonlySet<string> = new Set(REFUSAL_GROUNDS.map((g) => g.code));
const MEDIA_TYPE = /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/;

/** The filter of a query string; throws a 422 naming the parameter and its rule. */
export function inventoryFilterOf(query: InventoryQuery): InventoryFilter {
  const assessment = text(query, 'assessment');
  if (assessment !== undefined && !ASSESSMENT_FILTERS.includes(assessment)) {
    throw invalidInput('assessment', `one_of:${ASSESSMENT_FILTERS.join('|')}`);
  }
  const ground = text(query, 'ground');
  if (ground !== undefined && !GROUND_CODES.has(ground)) {
    throw invalidInput('ground', 'refusal_ground');
  }
  const mediaType = text(query, 'type');
  if (mediaType !== undefined && (mediaType.length > 128 || !MEDIA_TYPE.test(mediaType))) {
    throw invalidInput('type', 'media_type');
  }
  const search = text(query, 'q');
  if (search !== undefined && search.length > MAX_SEARCH_LENGTH) {
    throw invalidInput('q', `max_length_${MAX_SEARCH_LENGTH}`);
  }
  if (search !== undefined && searchWords(search).length === 0) {
    throw invalidInput('q', 'letters_or_digits');
  }
  return {
    ...(assessment !== undefined && { assessment: assessment as InventoryFilter['assessment'] }),
    ...(ground !== undefined && { ground }),
    ...optionalNumber(query, 'family', 'family'),
    ...(mediaType !== undefined && { mediaType }),
    ...optionalNumber(query, 'item', 'item'),
    ...(search !== undefined && { text: search }),
  };
}

/** The page of a query string: `offset` (default 0) and `limit` (default 50, at most 200). */
export function inventoryPageOf(query: InventoryQuery): InventoryPage {
  const offset = whole(query, 'offset', 0) ?? 0;
  const limit = whole(query, 'limit', 1) ?? DEFAULT_PAGE_SIZE;
  if (limit > MAX_PAGE_SIZE) throw invalidInput('limit', `max_${MAX_PAGE_SIZE}`);
  return { offset, limit };
}

/** Whether the filter selects anything less than all documents. */
export function isFiltered(filter: InventoryFilter): boolean {
  return Object.keys(filter).length > 0;
}

function text(query: InventoryQuery, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidInput(name, 'string');
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function whole(query: InventoryQuery, name: string, min: number): number | undefined {
  const value = typeof query[name] === 'number' ? String(query[name]) : text(query, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min) {
    throw invalidInput(name, `integer_min_${min}`);
  }
  return Number(value);
}

function optionalNumber<K extends 'family' | 'item'>(
  query: InventoryQuery,
  name: string,
  key: K,
): Partial<Record<K, number>> {
  const value = whole(query, name, 1);
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
