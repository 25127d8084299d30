// The documents block of the configuration: where collected files are stored and the limits
// the intake enforces while it reads them (libs/documents).
import { dirname, resolve } from 'node:path';

/** Where documents are stored and how large what comes in may be. */
export interface DocumentsConfig {
  /** Absolute path of the content-addressed store (`DOCUMENTS_DIR`). */
  readonly dir: string;
  /**
   * Whether `DOCUMENTS_DIR` was set. The default lies under the working directory of each process,
   * which several instances on one PostgreSQL database do not share (see configWarnings).
   */
  readonly dirConfigured: boolean;
  /** The largest single file accepted, in bytes (`DOCUMENT_MAX_MB`). */
  readonly maxFileBytes: number;
  /** The most bytes all entries of one archive may inflate to (`ZIP_MAX_TOTAL_MB`). */
  readonly zipMaxTotalBytes: number;
  /** The most entries one archive may hold (`ZIP_MAX_ENTRIES`). */
  readonly zipMaxEntries: number;
  /** The highest inflated-to-compressed ratio of an entry (`ZIP_MAX_RATIO`). */
  readonly zipMaxRatio: number;
  /** How deep archives may be nested in archives and e-mails (`DOCUMENT_MAX_DEPTH`). */
  readonly maxDepth: number;
  /**
   * The LibreOffice program that converts office documents to PDF (`SOFFICE_PATH`, default
   * `soffice` on the PATH). Missing, the documents are kept unconverted.
   */
  readonly sofficePath: string;
  /**
   * From which estimated Jaccard similarity of their texts two documents are proposed as
   * near-duplicates (`NEAR_DUPLICATE_THRESHOLD`, 0.5–1).
   */
  readonly nearDuplicateThreshold: number;
}

export const DOCUMENTS_DEFAULTS = {
  DOCUMENT_MAX_MB: 100,
  ZIP_MAX_TOTAL_MB: 1024,
  ZIP_MAX_ENTRIES: 10_000,
  ZIP_MAX_RATIO: 200,
  DOCUMENT_MAX_DEPTH: 3,
  NEAR_DUPLICATE_THRESHOLD: 0.9,
} as const;

export const DOCUMENTS_ENV_KEYS = [
  'DOCUMENTS_DIR',
  'DOCUMENT_MAX_MB',
  'ZIP_MAX_TOTAL_MB',
  'ZIP_MAX_ENTRIES',
  'ZIP_MAX_RATIO',
  'DOCUMENT_MAX_DEPTH',
  'SOFFICE_PATH',
  'NEAR_DUPLICATE_THRESHOLD',
] as const;

const MB = 1024 * 1024;

/**
 * Reads the documents variables; adds a line per invalid variable to `problems`. The store's
 * default sits next to the SQLite database (`data/documents`), so one directory holds all data.
 */
export function readDocumentsConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  sqlitePath: string | undefined,
  problems: string[],
): DocumentsConfig {
  const raw = (key: (typeof DOCUMENTS_ENV_KEYS)[number]) => {
    const value = env[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const number = (
    key: Exclude<
      (typeof DOCUMENTS_ENV_KEYS)[number],
      'DOCUMENTS_DIR' | 'SOFFICE_PATH' | 'NEAR_DUPLICATE_THRESHOLD'
    >,
    min: number,
    max: number,
  ): number => {
    const value = raw(key);
    if (value === undefined) return DOCUMENTS_DEFAULTS[key];
    if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max} (got "${value}")`);
      return DOCUMENTS_DEFAULTS[key];
    }
    return Number(value);
  };
  const threshold = (): number => {
    const value = raw('NEAR_DUPLICATE_THRESHOLD');
    if (value === undefined) return DOCUMENTS_DEFAULTS.NEAR_DUPLICATE_THRESHOLD;
    if (!/^(0\.[5-9]\d{0,3}|1(\.0{1,4})?)$/.test(value)) {
      problems.push(`NEAR_DUPLICATE_THRESHOLD must be a number from 0.5 to 1 (got "${value}")`);
      return DOCUMENTS_DEFAULTS.NEAR_DUPLICATE_THRESHOLD;
    }
    return Number(value);
  };
  const dirValue = raw('DOCUMENTS_DIR');
  if (dirValue !== undefined && dirValue.includes('\0')) {
    problems.push('DOCUMENTS_DIR must be a directory path');
  }
  const beside =
    sqlitePath === undefined || sqlitePath === ':memory:'
      ? resolve(cwd, 'data')
      : dirname(sqlitePath);
  return {
    dir: dirValue === undefined ? resolve(beside, 'documents') : resolve(cwd, dirValue),
    dirConfigured: dirValue !== undefined,
    maxFileBytes: number('DOCUMENT_MAX_MB', 1, 100_000) * MB,
    zipMaxTotalBytes: number('ZIP_MAX_TOTAL_MB', 1, 1_000_000) * MB,
    zipMaxEntries: number('ZIP_MAX_ENTRIES', 1, 1_000_000),
    zipMaxRatio: number('ZIP_MAX_RATIO', 2, 100_000),
    maxDepth: number('DOCUMENT_MAX_DEPTH', 1, 10),
    sofficePath: raw('SOFFICE_PATH') ?? 'soffice',
    nearDuplicateThreshold: threshold(),
  };
}
