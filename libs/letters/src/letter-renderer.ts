// The letters library as a service: finds the template directories, keeps one loaded template set
// per organisation, and renders. Where the templates live is configuration:
//   TEMPLATES_DIR               the directory with letters/ (default: templates/ of the repository)
//   ORGANISATION_TEMPLATES_DIR  optional; <dir>/<organisation>/ is laid out like templates/letters/
//                               and its files replace the base files of the same name
//   CHROMIUM_PATH               the browser for PDFs (default /usr/bin/chromium)
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LetterTemplateError } from './letter-errors.js';
import type { LetterContexts, LetterKind } from './letter-registry.js';
import { LetterTemplates } from './letter-templates.js';
import { DEFAULT_CHROMIUM_PATH } from './pdf-renderer.js';
import { type RenderedLetter, renderLetter } from './render-letter.js';

export interface LettersOptions {
  /** Directory containing letters/ (with VERSION, the templates, partials/ and annex/). */
  readonly templatesDir: string;
  /** Directory with one sub-directory per organisation key. */
  readonly organisationTemplatesDir?: string;
  readonly chromiumPath: string;
  /** PDF pages rendered at the same time. */
  readonly pdfPages?: number;
}

/** The variables this library reads; main.ts (or libs/config) passes them in. */
export const LETTERS_ENV_KEYS = [
  'TEMPLATES_DIR',
  'ORGANISATION_TEMPLATES_DIR',
  'CHROMIUM_PATH',
  'PDF_PAGES',
] as const;

const hasLetters = (dir: string) => existsSync(join(dir, 'letters', 'VERSION'));

/**
 * The templates directory: TEMPLATES_DIR when set (relative to `cwd`), else the first templates/
 * with letters/VERSION found walking up from `cwd`, then from `moduleDir` (so it works from the
 * sources, from dist/ and from tests).
 */
export function findTemplatesDir(
  templatesDir: string | undefined,
  cwd: string,
  moduleDir?: string,
): string {
  if (templatesDir !== undefined && templatesDir.trim() !== '') {
    const dir = resolve(cwd, templatesDir.trim());
    if (!hasLetters(dir)) {
      throw new LetterTemplateError(
        'LETTER.TEMPLATE_NOT_FOUND',
        `TEMPLATES_DIR ${dir} has no letters/VERSION: it must point at Wobdesk's templates/ directory`,
        { file: dir },
      );
    }
    return dir;
  }
  for (const start of [cwd, moduleDir].filter((d): d is string => d !== undefined)) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (hasLetters(join(dir, 'templates'))) return join(dir, 'templates');
      if (dirname(dir) === dir) break;
    }
  }
  throw new LetterTemplateError(
    'LETTER.TEMPLATE_NOT_FOUND',
    `templates/letters/VERSION not found from ${cwd}; set TEMPLATES_DIR`,
    { file: cwd },
  );
}

/** Reads the letters' variables from an environment map (the caller passes process.env). */
export function lettersOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  moduleDir?: string,
): LettersOptions {
  const set = (key: (typeof LETTERS_ENV_KEYS)[number]) => {
    const v = env[key]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const pages = set('PDF_PAGES');
  if (pages !== undefined && !/^([1-9]|1[0-6])$/.test(pages)) {
    throw new LetterTemplateError(
      'LETTER.TEMPLATE_NOT_FOUND',
      `PDF_PAGES must be 1-16 (got "${pages}")`,
    );
  }
  const organisationDir = set('ORGANISATION_TEMPLATES_DIR');
  return {
    templatesDir: findTemplatesDir(set('TEMPLATES_DIR'), cwd, moduleDir),
    ...(organisationDir !== undefined && {
      organisationTemplatesDir: resolve(cwd, organisationDir),
    }),
    chromiumPath: set('CHROMIUM_PATH') ?? DEFAULT_CHROMIUM_PATH,
    ...(pages !== undefined && { pdfPages: Number(pages) }),
  };
}

const ORGANISATION_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Renders letters with the base template set or an organisation's override of it. */
export class LetterRenderer {
  private readonly sets = new Map<string, LetterTemplates>();

  constructor(
    private readonly options: Pick<LettersOptions, 'templatesDir' | 'organisationTemplatesDir'>,
  ) {}

  /**
   * The template set for an organisation: its directory under ORGANISATION_TEMPLATES_DIR when
   * there is one, else the base set. Loaded once and kept; `reload()` forgets them.
   */
  templates(organisation?: string): LetterTemplates {
    const overrideDir = this.overrideDir(organisation);
    const key = overrideDir ?? '';
    let set = this.sets.get(key);
    if (!set) {
      set = LetterTemplates.load({
        baseDir: join(this.options.templatesDir, 'letters'),
        overrideDir,
      });
      this.sets.set(key, set);
    }
    return set;
  }

  render<K extends LetterKind>(
    kind: K,
    context: LetterContexts[K],
    organisation?: string,
  ): RenderedLetter {
    return renderLetter(this.templates(organisation), kind, context);
  }

  /** Drops the loaded sets, so that edited template files are used from the next render. */
  reload(): void {
    this.sets.clear();
  }

  private overrideDir(organisation: string | undefined): string | undefined {
    if (organisation === undefined || this.options.organisationTemplatesDir === undefined)
      return undefined;
    if (!ORGANISATION_KEY.test(organisation)) {
      throw new LetterTemplateError(
        'LETTER.TEMPLATE_NOT_FOUND',
        `Organisation key "${organisation}" may only contain letters, digits, "-" and "_"`,
      );
    }
    const dir = join(this.options.organisationTemplatesDir, organisation);
    return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
  }
}
