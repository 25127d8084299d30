// Loads a template set: the base directory (TEMPLATES_DIR/letters) and, optionally, an
// organisation's directory laid out the same way, whose files replace the base files of the same
// name (templates, partials, annex data). No code change is needed to restyle or reword a letter.
// Every template is checked when loaded: valid syntax, no unescaped output ({{{ }}} or {{& }}),
// only the registered helpers. The set's version is VERSION plus a hash of the effective files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Regime } from '@wobdesk/domain';
import Handlebars from 'handlebars';
import { type AnnexSettings, parseAnnexSettings } from './annex.js';
import {
  HelperArgumentError,
  LetterContextError,
  LetterRenderError,
  LetterTemplateError,
} from './letter-errors.js';
import { LETTER_HELPERS, registerLetterHelpers } from './letter-helpers.js';
import {
  parseStatuteVersion,
  STATUTE_LAWS,
  type StatuteLaw,
  type StatuteVersion,
  versionInForce,
} from './statute-texts.js';

type Template = (context: unknown, options?: unknown) => string;

/** Where a file of the effective set came from. */
export interface TemplateFile {
  /** Path inside the letters directory, with "/": "besluit.hbs", "partials/colofon.hbs". */
  readonly path: string;
  readonly origin: 'base' | 'organisation';
  readonly absolutePath: string;
  readonly content: string;
}

export interface TemplateSetSource {
  /** The letters directory of TEMPLATES_DIR (`<TEMPLATES_DIR>/letters`). */
  readonly baseDir: string;
  /** An organisation's directory with the same layout; its files win. */
  readonly overrideDir?: string;
  /**
   * Files (path inside the directory) that are plain text, not HTML: compiled without HTML
   * escaping. The mail templates' subject and text bodies use it (libs/mail); letters do not.
   */
  readonly plainText?: (path: string) => boolean;
}

export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(LETTER_HELPERS.map((h) => [h, true])),
  preventIndent: true,
} as const;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(hbs|json)$/.test(entry.name) || entry.name === 'VERSION') out.push(p);
    }
  };
  walk(dir);
  return out.map((p) => relative(dir, p).split(sep).join('/')).sort();
}

/** The files of the set, the organisation's replacing the base's of the same path. */
function effectiveFiles(source: TemplateSetSource): TemplateFile[] {
  const files = new Map<string, TemplateFile>();
  const dirs: [string, TemplateFile['origin']][] = [[source.baseDir, 'base']];
  if (source.overrideDir !== undefined) dirs.push([source.overrideDir, 'organisation']);
  for (const [dir, origin] of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new LetterTemplateError(
        'LETTER.TEMPLATE_NOT_FOUND',
        `Template directory ${dir} does not exist (${origin === 'base' ? 'TEMPLATES_DIR/letters' : 'the organisation directory'})`,
        { file: dir },
      );
    }
    for (const path of listFiles(dir)) {
      const absolutePath = join(dir, path);
      files.set(path, { path, origin, absolutePath, content: readFileSync(absolutePath, 'utf8') });
    }
  }
  return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Rejects what could print the clerk's or requester's text unescaped, or run other code. */
function checkSafe(file: TemplateFile): void {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(file.content);
  } catch (e) {
    throw new LetterTemplateError(
      'LETTER.TEMPLATE_SYNTAX',
      `${file.absolutePath}: ${e instanceof Error ? e.message : String(e)}`,
      { template: file.path, file: file.absolutePath },
    );
  }
  const problems: string[] = [];
  class Checker extends Handlebars.Visitor {
    override MustacheStatement(node: hbs.AST.MustacheStatement) {
      if (node.escaped === false) {
        problems.push(
          `line ${node.loc.start.line}: unescaped output ({{{ }}} or {{& }}) is not allowed`,
        );
      }
      return super.MustacheStatement(node);
    }
    override DecoratorBlock(node: hbs.AST.DecoratorBlock) {
      problems.push(`line ${node.loc.start.line}: decorators are not allowed`);
      return super.DecoratorBlock(node);
    }
    override PartialBlockStatement(node: hbs.AST.PartialBlockStatement) {
      problems.push(`line ${node.loc.start.line}: partial blocks ({{#> }}) are not supported`);
      return super.PartialBlockStatement(node);
    }
  }
  new Checker().accept(ast);
  if (problems.length > 0) {
    throw new LetterTemplateError(
      'LETTER.TEMPLATE_UNSAFE',
      `${file.absolutePath}: ${problems.join('; ')}`,
      { template: file.path, file: file.absolutePath },
    );
  }
}

interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The template text at a location: the exact expression when it is on one line (e.g.
 * "(longDate date)" inside a larger mustache), else the mustache that starts there.
 */
function snippetAt(source: string, start: Position, end?: Position): string {
  const text = source.split('\n')[start.line - 1] ?? '';
  if (end && end.line === start.line && end.column > start.column) {
    const expression = text.slice(start.column, end.column);
    // a block on one line: keep only its opening tag
    const close = expression.indexOf('}}');
    return close >= 0 ? expression.slice(0, close + 2) : expression;
  }
  const from = text.lastIndexOf('{{', start.column + 1);
  const close = text.indexOf('}}', Math.max(from, 0));
  return close >= 0 ? text.slice(Math.max(from, 0), close + 2) : text.slice(start.column).trim();
}

/** The context path an expression reads: the missing name, or the first argument of a helper. */
function fieldIn(snippet: string, missingName?: string): string | undefined {
  const inner = snippet.replace(/^\{\{[#/^~]?\s*/, '').replace(/\s*~?\}\}$/, '');
  const tokens = inner
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '' && !/^["']/.test(t) && !t.includes('='));
  if (missingName !== undefined) {
    return tokens.find((t) => t === missingName || t.endsWith(`.${missingName}`)) ?? missingName;
  }
  return tokens.length > 1 ? tokens[1] : tokens[0];
}

/** Turns an error inside one template into a LetterRenderError naming the template and field. */
function annotate(error: unknown, file: TemplateFile): Error {
  if (error instanceof LetterRenderError || !(error instanceof Error)) return error as Error;
  if (error instanceof LetterContextError) return error;
  const where = (line: number, column: number) => `${file.path} line ${line}:${column + 1}`;
  if (error instanceof HelperArgumentError && error.loc) {
    const { line, column } = error.loc.start;
    const snippet = snippetAt(file.content, error.loc.start, error.loc.end);
    const field = fieldIn(snippet);
    const missing = error.problem.endsWith('is missing');
    return new LetterRenderError(
      missing ? 'LETTER.MISSING_FIELD' : 'LETTER.INVALID_VALUE',
      `${missing ? `Missing field "${field}"` : `Invalid value for "${field}"`} in template ${where(line, column)} (${snippet}): ${error.message}`,
      { template: file.path, field, line, column: column + 1 },
    );
  }
  const e = error as Error & {
    lineNumber?: number;
    column?: number;
    endLineNumber?: number;
    endColumn?: number;
  };
  const strictMiss = /^"([^"]+)" not defined in /.exec(e.message);
  if (strictMiss && e.lineNumber !== undefined) {
    const snippet = snippetAt(
      file.content,
      { line: e.lineNumber, column: e.column ?? 0 },
      e.endLineNumber !== undefined
        ? { line: e.endLineNumber, column: e.endColumn ?? 0 }
        : undefined,
    );
    const field = fieldIn(snippet, strictMiss[1]);
    return new LetterRenderError(
      'LETTER.MISSING_FIELD',
      `Missing field "${field}" in template ${where(e.lineNumber, e.column ?? 0)} (${snippet}): the context has no "${strictMiss[1]}"`,
      { template: file.path, field, line: e.lineNumber, column: (e.column ?? 0) + 1 },
    );
  }
  return new LetterRenderError('LETTER.RENDER_FAILED', `Template ${file.path}: ${e.message}`, {
    template: file.path,
  });
}

function compile(hb: typeof Handlebars, file: TemplateFile, plainText = false): Template {
  const compileOptions = { ...COMPILE_OPTIONS, noEscape: plainText };
  try {
    hb.precompile(file.content, compileOptions); // compile errors (unknown helper …) now, not later
  } catch (e) {
    throw new LetterTemplateError(
      'LETTER.TEMPLATE_SYNTAX',
      `${file.absolutePath}: ${e instanceof Error ? e.message : String(e)}`,
      { template: file.path, file: file.absolutePath },
    );
  }
  // A file's final newline would end up inside the sentence that includes the partial.
  const fn = hb.compile(file.content.replace(/\r?\n$/, ''), compileOptions);
  return (context: unknown, options?: unknown) => {
    try {
      return fn(context, options as Handlebars.RuntimeOptions);
    } catch (e) {
      throw annotate(e, file);
    }
  };
}

function parseJson(file: TemplateFile): unknown {
  try {
    return JSON.parse(file.content);
  } catch (e) {
    throw new LetterTemplateError(
      'LETTER.ANNEX_INVALID',
      `${file.absolutePath}: not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      { file: file.absolutePath },
    );
  }
}

/** A loaded, checked and compiled template set. Immutable; load a new one to pick up changes. */
export class LetterTemplates {
  private constructor(
    /** VERSION plus the first 12 hex digits of the hash of the effective files. */
    readonly version: string,
    /** SHA-256 of the effective files (path, origin and content of each). */
    readonly hash: string,
    readonly files: readonly TemplateFile[],
    private readonly templates: ReadonlyMap<string, Template>,
    private readonly annexes: ReadonlyMap<Regime, AnnexSettings>,
    private readonly statutes: ReadonlyMap<StatuteLaw, readonly StatuteVersion[]>,
  ) {}

  static load(source: TemplateSetSource): LetterTemplates {
    const files = effectiveFiles(source);
    const versionFile = files.find((f) => f.path === 'VERSION');
    if (!versionFile) {
      throw new LetterTemplateError(
        'LETTER.TEMPLATE_NOT_FOUND',
        `${join(source.baseDir, 'VERSION')} is missing: the template set needs a version`,
        { file: join(source.baseDir, 'VERSION') },
      );
    }
    const digest = createHash('sha256');
    for (const f of files) digest.update(`${f.path}\0${f.origin}\0${f.content}\0`);
    const hash = digest.digest('hex');
    const version = `${versionFile.content.trim()}+${hash.slice(0, 12)}`;

    const hb = Handlebars.create();
    registerLetterHelpers(hb);
    const templates = new Map<string, Template>();
    for (const file of files.filter((f) => f.path.endsWith('.hbs'))) {
      checkSafe(file);
      const name = file.path.replace(/\.hbs$/, '');
      const template = compile(hb, file, source.plainText?.(file.path) ?? false);
      templates.set(name, template);
      if (name.startsWith('partials/'))
        hb.registerPartial(name.slice('partials/'.length), template);
    }
    const annexes = new Map<Regime, AnnexSettings>();
    for (const law of ['wob', 'woo'] as const) {
      const file = files.find((f) => f.path === `annex/${law}.json`);
      if (file) annexes.set(law, parseAnnexSettings(parseJson(file), file.absolutePath, law));
    }
    const statutes = new Map<StatuteLaw, StatuteVersion[]>();
    for (const law of STATUTE_LAWS) {
      const inDir = files.filter((f) => new RegExp(`^annex/${law}/[^/]+\\.json$`).test(f.path));
      statutes.set(
        law,
        inDir.map((f) => parseStatuteVersion(parseJson(f), f.absolutePath, law)),
      );
    }
    return new LetterTemplates(version, hash, files, templates, annexes, statutes);
  }

  /** Renders the named template ("besluit", "partials/brief") with a prepared view. */
  renderTemplate(name: string, view: unknown): string {
    const template = this.templates.get(name);
    if (!template) {
      throw new LetterTemplateError(
        'LETTER.TEMPLATE_NOT_FOUND',
        `No template ${name}.hbs in the set`,
        {
          template: `${name}.hbs`,
        },
      );
    }
    return template(view);
  }

  hasTemplate(name: string): boolean {
    return this.templates.has(name);
  }

  /** Every version of an act the set holds, in no particular order. */
  statuteVersions(law: StatuteLaw): readonly StatuteVersion[] {
    return this.statutes.get(law) ?? [];
  }

  /** The version of an act in force on `date` ('YYYY-MM-DD'), if the set holds it. */
  statuteInForce(law: StatuteLaw, date: string): StatuteVersion | undefined {
    return versionInForce(this.statuteVersions(law), date);
  }

  annex(law: Regime): AnnexSettings {
    const data = this.annexes.get(law);
    if (!data) {
      throw new LetterTemplateError(
        'LETTER.TEMPLATE_NOT_FOUND',
        `No annex/${law}.json in the template set`,
        {
          file: `annex/${law}.json`,
        },
      );
    }
    return data;
  }
}
