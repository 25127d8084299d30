// Small pieces shared by the wobdesk sub-commands: language, usage errors, flag value parsing.
import { LocalDate } from '@wobdesk/domain';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Where the CLI writes; `main` takes these so that tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where `seeds/` is looked for first (default: process.cwd()). */
  readonly cwd: string;
  /** Where `seeds/` is looked for next: the directory of the CLI module itself. */
  readonly moduleDir?: string;
  /** The wall clock, for defaults such as `holidays` without `--year`. */
  readonly now?: () => Date;
  /** The environment the configuration is read from (`backup`, `restore`); default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A text in both languages of the CLI. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/**
 * Bad input: the message names the flag and the rule. `main` prints it on stderr and exits
 * with code 2, never with a stack trace.
 */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export function usageError(nl: string, en: string): UsageError {
  return new UsageError({ nl, en });
}

/**
 * The `--lang` value, looked up before the real parse so that errors in the other flags are
 * already reported in the chosen language. Unknown values fall back to Dutch here and are
 * rejected by `parseLang`.
 */
export function detectLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'nl') return value;
  }
  return 'nl';
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'nl';
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw usageError(`--lang ${value}: kies nl of en.`, `--lang ${value}: choose nl or en.`);
}

/** A `YYYY-MM-DD` flag value that is a real calendar date (legal dates are calendar dates, LD-DATES). */
export function parseDate(flag: string, value: string, where = `${flag} ${value}`): LocalDate {
  if (!LocalDate.isValid(value)) {
    throw usageError(
      `${where}: geen geldige datum; gebruik JJJJ-MM-DD (bijvoorbeeld 2024-01-31).`,
      `${where}: not a valid date; use YYYY-MM-DD (for example 2024-01-31).`,
    );
  }
  return LocalDate.parse(value);
}

/**
 * A whole number of days between `min` and `max`; `rule` says where the bounds come from and
 * `where` how the value is shown in the message.
 */
export function parseDays(
  flag: string,
  value: string,
  min: number,
  max: number,
  rule?: Bilingual,
  where = `${flag} ${value}`,
): number {
  const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    const why = rule ? { nl: ` (${rule.nl})`, en: ` (${rule.en})` } : { nl: '', en: '' };
    throw usageError(
      `${where}: geef een geheel aantal dagen van ${min} tot en met ${max}${why.nl}.`,
      `${where}: give a whole number of days from ${min} to ${max}${why.en}.`,
    );
  }
  return n;
}

/**
 * Runs a node:util `parseArgs` call and turns its errors into usage errors that name the flag
 * and point at the help of the command.
 */
export function withFlagErrors<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    const help = { nl: `zie: wobdesk help ${command}`, en: `see: wobdesk help ${command}` };
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw usageError(
          `onbekende optie ${flag} voor '${command}'; ${help.nl}.`,
          `unknown flag ${flag} for '${command}'; ${help.en}.`,
        );
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
        const arg = /argument '([^']*)'/.exec(message)?.[1] ?? '';
        throw usageError(
          `onverwacht argument '${arg}': alle invoer gaat via opties (--naam waarde); ${help.nl}.`,
          `unexpected argument '${arg}': all input goes through flags (--name value); ${help.en}.`,
        );
      }
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        if (/does not take an argument/.test(message)) {
          throw usageError(
            `${flag} is een schakelaar en neemt geen waarde; ${help.nl}.`,
            `${flag} is a switch and takes no value; ${help.en}.`,
          );
        }
        throw usageError(
          `${flag} heeft een waarde nodig; ${help.nl}.`,
          `${flag} needs a value; ${help.en}.`,
        );
      default:
        throw usageError(`${message}; ${help.nl}.`, `${message}; ${help.en}.`);
    }
  }
}
