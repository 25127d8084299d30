// The annex of a decision, "BIJLAGE 1: Relevante artikelen uit de Wob|Woo". Article texts are DATA
// (templates/letters/annex/<law>.json), one file per law, overridable per organisation. An article
// whose text has not been checked against the official text is printed as a visible placeholder
// and reported as a warning, so that nobody sends unverified statute text by accident.
import type { Regime } from '@wobdesk/domain';
import { LetterTemplateError } from './letter-errors.js';

export interface AnnexParagraph {
  /** "1.", "a." */
  readonly label?: string;
  readonly text: string;
  readonly items?: readonly { readonly label: string; readonly text: string }[];
}

export interface AnnexArticle {
  /** "1", "10", "5.1" */
  readonly number: string;
  readonly heading?: string;
  /** True only when the text was taken from a checked source (named in `source`). */
  readonly verified: boolean;
  readonly source: string;
  readonly intro?: string;
  readonly paragraphs?: readonly AnnexParagraph[];
  readonly note?: string;
  /** Unofficial copies found while looking for the text: pointers for legal, never printed. */
  readonly secondarySources?: readonly string[];
}

export interface AnnexData {
  readonly law: Regime;
  /** "Wet openbaarheid van bestuur" */
  readonly title: string;
  readonly source: string;
  /** The articles every decision under this law quotes (the seed: Wob art. 1, 2 and 3). */
  readonly defaultArticles: readonly string[];
  readonly articles: readonly AnnexArticle[];
}

/** What the annex partial renders. */
export interface AnnexView {
  readonly articles: readonly (AnnexArticle & { readonly placeholder?: string })[];
}

export interface LetterWarning {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
}

function fail(file: string, problem: string): never {
  throw new LetterTemplateError('LETTER.ANNEX_INVALID', `${file}: ${problem}`, { file });
}

/** Checks the parsed JSON of an annex file and returns it typed; `file` names it in errors. */
export function parseAnnex(json: unknown, file: string, law: Regime): AnnexData {
  const data = json as Partial<AnnexData> | null;
  if (!data || typeof data !== 'object') fail(file, 'not a JSON object');
  if (data.law !== law) fail(file, `"law" must be "${law}"`);
  if (typeof data.title !== 'string') fail(file, '"title" must be a string');
  if (typeof data.source !== 'string') fail(file, '"source" must be a string');
  if (!Array.isArray(data.articles)) fail(file, '"articles" must be a list');
  if (!Array.isArray(data.defaultArticles)) fail(file, '"defaultArticles" must be a list');
  const numbers = new Set<string>();
  data.articles.forEach((a: Partial<AnnexArticle>, i) => {
    const where = `articles[${i}]`;
    if (typeof a.number !== 'string' || a.number === '') fail(file, `${where}.number is missing`);
    if (numbers.has(a.number)) fail(file, `${where}: article ${a.number} appears twice`);
    numbers.add(a.number);
    if (typeof a.verified !== 'boolean') fail(file, `${where}.verified must be true or false`);
    if (typeof a.source !== 'string') fail(file, `${where}.source must be a string`);
    if (a.verified && !a.intro && !(a.paragraphs && a.paragraphs.length > 0)) {
      fail(file, `${where}: a verified article needs "intro" or "paragraphs"`);
    }
    a.paragraphs?.forEach((p, k) => {
      if (typeof p.text !== 'string') fail(file, `${where}.paragraphs[${k}].text is missing`);
    });
  });
  for (const n of data.defaultArticles) {
    if (!numbers.has(n)) fail(file, `defaultArticles names article ${n}, which is not listed`);
  }
  return data as AnnexData;
}

/** "5.1" < "5.2" < "10"; compares each dotted part as a number. */
function byArticleNumber(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (parseInt(pa[i] ?? '0', 10) || 0) - (parseInt(pb[i] ?? '0', 10) || 0);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

/**
 * The articles the annex prints: the law's default articles plus every article a ground of the
 * decision cites. Missing or unverified texts become placeholders with a warning each.
 */
export function selectAnnex(
  data: AnnexData,
  lawShort: string,
  citedArticles: readonly string[],
): { view: AnnexView; warnings: LetterWarning[] } {
  const wanted = [...new Set([...data.defaultArticles, ...citedArticles])].sort(byArticleNumber);
  const warnings: LetterWarning[] = [];
  const articles = wanted.map((number) => {
    const article = data.articles.find((a) => a.number === number);
    if (article?.verified) return article;
    const placeholder = `[Tekst van artikel ${number} ${lawShort} nog niet opgenomen of niet geverifieerd; zie ${data.source}]`;
    warnings.push({
      code: article ? 'ANNEX.UNVERIFIED_TEXT' : 'ANNEX.ARTICLE_MISSING',
      nl: `Bijlage: de tekst van artikel ${number} ${lawShort} is ${article ? 'niet geverifieerd' : 'niet opgenomen'} in annex/${data.law}.json; er staat een plaatshouder in de brief.`,
      en: `Annex: the text of article ${number} ${lawShort} is ${article ? 'not verified' : 'missing'} in annex/${data.law}.json; the letter shows a placeholder.`,
    });
    return { number, verified: false, source: data.source, placeholder, heading: article?.heading };
  });
  return { view: { articles }, warnings };
}
