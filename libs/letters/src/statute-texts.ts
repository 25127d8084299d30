// Statute texts as data: one file per version of an act (templates/letters/annex/<law>/<in force
// from>.json), each with the source it was taken from and the dates it was in force. A decision
// quotes the version in force on its own date, so an old decision re-rendered later still quotes
// the text that applied to it. Dutch statutes carry no copyright (Auteurswet art. 11).
import { LetterTemplateError } from './letter-errors.js';

/** The acts whose texts the letter data holds. */
export const STATUTE_LAWS = ['wob', 'woo', 'awb'] as const;
export type StatuteLaw = (typeof STATUTE_LAWS)[number];

export interface StatuteParagraph {
  /** A lid number as the official text writes it ("1", "2"), or an item label ("a."). */
  readonly label?: string;
  readonly text: string;
  /** The onderdelen of a lid: "a." … */
  readonly items?: readonly { readonly label: string; readonly text: string }[];
}

export interface StatuteArticle {
  /** "1", "10", "5.1", "4.1a", "6:7" */
  readonly number: string;
  readonly heading?: string;
  readonly url?: string;
  /** True only when the text was checked against its source; unverified texts are never quoted. */
  readonly verified: boolean;
  /** Text before the first lid, or the whole article when it has no leden. */
  readonly intro?: string;
  readonly paragraphs?: readonly StatuteParagraph[];
  readonly note?: string;
}

/** Where a version's text comes from: a public copy of the official BWB data. */
export interface StatuteSource {
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
  /** The dated version on wetten.overheid.nl. */
  readonly url: string;
  /** The checked extract the text was taken from (relative to the directory beside the repository). */
  readonly extract?: string;
}

export interface StatuteVersion {
  readonly law: StatuteLaw;
  readonly title: string;
  readonly bwbId: string;
  /** 'YYYY-MM-DD' */
  readonly inForceFrom: string;
  /** Last day in force; null when not established (the next version in the data takes over). */
  readonly inForceTo: string | null;
  readonly source: StatuteSource;
  readonly license: string;
  readonly articles: readonly StatuteArticle[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(file: string, problem: string): never {
  throw new LetterTemplateError('LETTER.ANNEX_INVALID', `${file}: ${problem}`, { file });
}

/** Checks the parsed JSON of a version file and returns it typed; `file` names it in errors. */
export function parseStatuteVersion(json: unknown, file: string, law: StatuteLaw): StatuteVersion {
  const data = json as Partial<StatuteVersion> | null;
  if (!data || typeof data !== 'object') fail(file, 'not a JSON object');
  if (data.law !== law) fail(file, `"law" must be "${law}"`);
  if (typeof data.title !== 'string') fail(file, '"title" must be a string');
  if (typeof data.bwbId !== 'string') fail(file, '"bwbId" must be a string');
  if (typeof data.inForceFrom !== 'string' || !ISO_DATE.test(data.inForceFrom)) {
    fail(file, '"inForceFrom" must be a date YYYY-MM-DD');
  }
  if (
    data.inForceTo !== null &&
    (typeof data.inForceTo !== 'string' || !ISO_DATE.test(data.inForceTo))
  ) {
    fail(file, '"inForceTo" must be a date YYYY-MM-DD or null');
  }
  if (data.inForceTo !== null && data.inForceTo < data.inForceFrom) {
    fail(file, '"inForceTo" lies before "inForceFrom"');
  }
  const source = data.source as Partial<StatuteSource> | undefined;
  for (const key of ['repository', 'path', 'commit', 'url'] as const) {
    if (typeof source?.[key] !== 'string' || source[key] === '') {
      fail(file, `"source.${key}" must name where the text comes from`);
    }
  }
  if (typeof data.license !== 'string') fail(file, '"license" must be a string');
  if (!Array.isArray(data.articles)) fail(file, '"articles" must be a list');
  const numbers = new Set<string>();
  data.articles.forEach((a: Partial<StatuteArticle>, i) => {
    const where = `articles[${i}]`;
    if (typeof a.number !== 'string' || a.number === '') fail(file, `${where}.number is missing`);
    if (numbers.has(a.number)) fail(file, `${where}: article ${a.number} appears twice`);
    numbers.add(a.number);
    if (typeof a.verified !== 'boolean') fail(file, `${where}.verified must be true or false`);
    if (a.verified && !a.intro && !(a.paragraphs && a.paragraphs.length > 0)) {
      fail(file, `${where}: a verified article needs "intro" or "paragraphs"`);
    }
    a.paragraphs?.forEach((p, k) => {
      if (typeof p.text !== 'string') fail(file, `${where}.paragraphs[${k}].text is missing`);
    });
  });
  return data as StatuteVersion;
}

/** The version of an act in force on `date` ('YYYY-MM-DD'); undefined when the data has none. */
export function versionInForce(
  versions: readonly StatuteVersion[],
  date: string,
): StatuteVersion | undefined {
  let found: StatuteVersion | undefined;
  for (const v of versions) {
    if (v.inForceFrom <= date && (!found || v.inForceFrom > found.inForceFrom)) found = v;
  }
  if (found?.inForceTo !== null && found !== undefined && date > found.inForceTo) return undefined;
  return found;
}

/**
 * The article's text as the official text lays it out: the intro, then each lid with its number
 * and its onderdelen, a blank line between them. The check against the source compares this.
 */
export function articleText(article: StatuteArticle): string {
  const parts: string[] = [];
  if (article.intro !== undefined) parts.push(article.intro);
  for (const p of article.paragraphs ?? []) {
    parts.push(p.label !== undefined ? `${p.label} ${p.text}` : p.text);
    for (const item of p.items ?? []) parts.push(`${item.label} ${item.text}`);
  }
  return parts.join('\n\n');
}
