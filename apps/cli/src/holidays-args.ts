// `wobdesk holidays …`: the flags.
import { parseArgs } from 'node:util';
import { type Lang, parseLang, usageError, withFlagErrors } from './cli-support.js';

export const HOLIDAYS_OPTIONS = {
  year: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  seeds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The Algemene termijnenwet entered into force on 1 April 1965. */
export const FIRST_ATW_YEAR = 1965;

export interface HolidaysCommand {
  /** Undefined: the current year. */
  readonly year?: number;
  readonly json: boolean;
  readonly lang: Lang;
  readonly seedsDir?: string;
  readonly help: boolean;
}

export function parseHolidaysArgs(argv: readonly string[]): HolidaysCommand {
  const { values: v } = withFlagErrors('holidays', () =>
    parseArgs({
      args: [...argv],
      options: HOLIDAYS_OPTIONS,
      strict: true,
      allowPositionals: false,
    }),
  );
  const lang = parseLang(v.lang);
  let year: number | undefined;
  if (v.year !== undefined) {
    year = /^\d{4}$/.test(v.year) ? Number(v.year) : NaN;
    if (!(year >= FIRST_ATW_YEAR && year <= 9999)) {
      throw usageError(
        `--year ${v.year}: geef een jaartal JJJJ vanaf ${FIRST_ATW_YEAR} (de Algemene termijnenwet geldt sinds 1 april 1965).`,
        `--year ${v.year}: give a year YYYY from ${FIRST_ATW_YEAR} on (the Algemene termijnenwet applies since 1 April 1965).`,
      );
    }
  }
  return { year, json: v.json ?? false, lang, seedsDir: v.seeds, help: v.help ?? false };
}
