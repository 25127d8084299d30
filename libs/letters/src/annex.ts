// The annex of a decision, "BIJLAGE 1: Relevante artikelen uit de Wob|Woo". Which articles it
// quotes is set per law in templates/letters/annex/<law>.json; their texts are the version of the
// act in force on the decision's date (statute-texts.ts). Only articles present in that version
// are quoted, so no decision prints a placeholder for a text the data does not hold; an
// organisation's own unverified text is still shown as a placeholder with a blocking warning.
import type { Regime } from '@wobdesk/domain';
import { LetterTemplateError } from './letter-errors.js';
import type { StatuteArticle, StatuteVersion } from './statute-texts.js';

/** Which articles of a law the annex quotes (annex/<law>.json). */
export interface AnnexSettings {
  readonly law: Regime;
  /** "Wet openbaarheid van bestuur" */
  readonly title: string;
  /** The articles every decision under this law quotes (the seed: Wob art. 1, 2 and 3). */
  readonly defaultArticles: readonly string[];
  /** The article on the decision term, quoted when the term was extended or suspended. */
  readonly termArticles: readonly string[];
  readonly note?: string;
}

/** What the annex partial renders. */
export interface AnnexView {
  readonly articles: readonly (StatuteArticle & { readonly placeholder?: string })[];
}

export interface LetterWarning {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  /** The letter must not reach the requester while this stands (unless a coordinator overrides). */
  readonly blocking?: boolean;
}

/** What the decision relies on, as far as the annex is concerned. */
export interface AnnexUse {
  /** Articles of the grounds cited: "10", "5.1", "5.3". */
  readonly citedArticles: readonly string[];
  /** The term was extended or suspended for a third party's view under this law. */
  readonly termAdjusted: boolean;
}

function fail(file: string, problem: string): never {
  throw new LetterTemplateError('LETTER.ANNEX_INVALID', `${file}: ${problem}`, { file });
}

const isStringList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((n) => typeof n === 'string');

/** Checks the parsed JSON of an annex settings file and returns it typed. */
export function parseAnnexSettings(json: unknown, file: string, law: Regime): AnnexSettings {
  const data = json as Partial<AnnexSettings> | null;
  if (!data || typeof data !== 'object') fail(file, 'not a JSON object');
  if (data.law !== law) fail(file, `"law" must be "${law}"`);
  if (typeof data.title !== 'string') fail(file, '"title" must be a string');
  if (!isStringList(data.defaultArticles))
    fail(file, '"defaultArticles" must be a list of articles');
  if (!isStringList(data.termArticles)) fail(file, '"termArticles" must be a list of articles');
  return data as AnnexSettings;
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

/** The seed decision numbers the leden "1.", "2."; the official text (and the data) "1", "2". */
function asPrinted(article: StatuteArticle): StatuteArticle {
  if (!article.paragraphs) return article;
  return {
    ...article,
    paragraphs: article.paragraphs.map((p) =>
      p.label !== undefined && /^\d+[a-z]?$/.test(p.label) ? { ...p, label: `${p.label}.` } : p,
    ),
  };
}

/**
 * The articles the annex prints: the law's default articles, the term article when the term was
 * extended or suspended, and the article of every ground cited — each only when the version in
 * force holds it. An article the version lacks is left out rather than printed as a placeholder:
 * whether a cited ground is valid is checked where the ground is recorded, not here.
 */
export function selectAnnex(
  settings: AnnexSettings,
  version: StatuteVersion | undefined,
  lawShort: string,
  use: AnnexUse,
): { view: AnnexView; warnings: LetterWarning[] } {
  if (!version) {
    return {
      view: { articles: [] },
      warnings: [
        {
          code: 'ANNEX.NO_TEXT_IN_FORCE',
          blocking: true,
          nl: `Bijlage: er is geen tekst van de ${lawShort} opgenomen die gold op de datum van dit besluit; de bijlage blijft leeg.`,
          en: `Annex: no text of the ${lawShort} in force on the date of this decision is in the data; the annex is empty.`,
        },
      ],
    };
  }
  const wanted = [
    ...settings.defaultArticles,
    ...(use.termAdjusted ? settings.termArticles : []),
    ...use.citedArticles,
  ];
  const numbers = [...new Set(wanted)]
    .filter((n) => version.articles.some((a) => a.number === n))
    .sort(byArticleNumber);
  const warnings: LetterWarning[] = [];
  const articles = numbers.map((number) => {
    const article = version.articles.find((a) => a.number === number)!;
    if (article.verified) return asPrinted(article);
    warnings.push({
      code: 'ANNEX.UNVERIFIED_TEXT',
      blocking: true,
      nl: `Bijlage: de tekst van artikel ${number} ${lawShort} is niet geverifieerd; er staat een plaatshouder in de brief.`,
      en: `Annex: the text of article ${number} ${lawShort} is not verified; the letter shows a placeholder.`,
    });
    const placeholder = `[Tekst van artikel ${number} ${lawShort} niet geverifieerd; zie ${version.source.url}]`;
    return { number, verified: false, placeholder, heading: article.heading };
  });
  return { view: { articles }, warnings };
}
