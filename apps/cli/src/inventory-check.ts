// `wobdesk inventory check <file.xlsx|file.csv> [--law woo|wob]`: reads an inventory spreadsheet
// as the publication platform would and prints every problem per row, in Dutch. Exit codes:
// 0 valid, 1 row errors, 2 unreadable file or bad arguments.
import { formatIssue, readInventoryFile } from '@wobdesk/inventory';
import type { Regime } from '@wobdesk/domain';
import { type CliIo, usageError } from './cli-support.js';

export const EXIT_VALID = 0;
export const EXIT_ROW_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export function parseInventoryArgs(argv: readonly string[]): { file: string; law: Regime } {
  const [sub, ...rest] = argv;
  if (sub !== 'check') {
    throw usageError(
      `inventory: kies de opdracht check (wobdesk inventory check <bestand.xlsx|bestand.csv>).`,
      `inventory: choose the command check (wobdesk inventory check <file.xlsx|file.csv>).`,
    );
  }
  let law: Regime = 'woo';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--law') {
      const value = rest[++i];
      if (value !== 'woo' && value !== 'wob') {
        throw usageError(
          `--law ${value ?? ''}: kies woo of wob.`,
          `--law ${value ?? ''}: choose woo or wob.`,
        );
      }
      law = value;
    } else if (a === '--lang') {
      i++;
    } else if (a.startsWith('--lang=')) {
      continue;
    } else if (a.startsWith('-')) {
      throw usageError(`onbekende optie ${a}.`, `unknown option ${a}.`);
    } else {
      files.push(a);
    }
  }
  if (files.length !== 1) {
    throw usageError(
      'inventory check: geef precies één bestand (.xlsx of .csv).',
      'inventory check: give exactly one file (.xlsx or .csv).',
    );
  }
  return { file: files[0], law };
}

export async function inventoryCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const { file, law } = parseInventoryArgs(argv);
  const result = await readInventoryFile(file, { law });
  const fatal = result.issues.find(
    (i) => i.code === 'unreadable' || i.code === 'no_header' || i.code === 'missing_columns',
  );
  if (fatal !== undefined) {
    io.stderr(`wobdesk: ${file}: ${formatIssue(fatal)}\n`);
    return EXIT_UNREADABLE;
  }
  for (const i of result.issues) io.stdout(`${formatIssue(i)}\n`);
  const rows = result.rows.length;
  if (result.issues.length === 0) {
    io.stdout(`${file}: ${rows} ${rows === 1 ? 'rij' : 'rijen'} in orde.\n`);
    return EXIT_VALID;
  }
  io.stdout(
    `${file}: ${rows} ${rows === 1 ? 'rij' : 'rijen'} in orde, ${result.issues.length} ${result.issues.length === 1 ? 'fout' : 'fouten'}.\n`,
  );
  return EXIT_ROW_ERRORS;
}
