// From a sheet's cells to rows: the header row is matched to the columns, every further row is
// read cell by cell and checked by the row rules. Pure: the XLSX and CSV readers feed it.
import type { Regime } from '@wobdesk/domain';
import { type Column, type ColumnKey, columnForHeader, TEMPLATE_COLUMNS } from './columns.js';
import { excelCellDate, parseSheetDate } from './dates.js';
import { groundCode, splitGrounds } from './grounds.js';
import {
  ASSESSMENTS,
  type Assessment,
  FILE_TYPES,
  type FileType,
  type InventoryRow,
} from './inventory-row.js';
import { issue, type InventoryIssue } from './issues.js';
import { duplicateIdProblems, rowProblems } from './rules.js';

/** One cell as a reader hands it over: text, a number, a date cell or nothing. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface ReadOptions {
  /** Whose grounds the sheet may cite: the decision's substantive law (Woo or Wob). */
  readonly law: Regime;
}

export interface InventoryReadResult {
  /** The rows without problems, with their row number in the sheet. */
  readonly rows: readonly { readonly line: number; readonly row: InventoryRow }[];
  readonly issues: readonly InventoryIssue[];
}

const TRUE_VALUES = ['ja', 'yes', 'true', '1', 'j', 'y'];
const FILE_TYPE_ALIASES: Readonly<Record<string, FileType>> = {
  'word processing': 'doc',
  chatbericht: 'chat',
};

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function optional(cell: Cell): string | undefined {
  const t = text(cell);
  return t === '' ? undefined : t;
}

function list(cell: Cell, separator: RegExp): string[] {
  return text(cell)
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function headerOf(key: ColumnKey): string {
  return TEMPLATE_COLUMNS.find((c) => c.key === key)?.header ?? 'publicatiecontext';
}

/**
 * Reads a sheet: `header` is its first row, `rows` the rows after it (row 2 onwards). Rows
 * with every cell empty are skipped, as the platform does.
 */
export function readInventoryTable(
  header: readonly Cell[],
  rows: Iterable<readonly Cell[]>,
  options: ReadOptions,
): InventoryReadResult {
  const positions = new Map<ColumnKey, number>();
  header.forEach((cell, index) => {
    const found: Column | undefined = columnForHeader(text(cell));
    if (found !== undefined && !positions.has(found.key)) positions.set(found.key, index);
  });
  if (header.every((c) => text(c) === '')) {
    return { rows: [], issues: [issue('no_header', 'de eerste rij bevat geen kolomnamen.')] };
  }
  const missing = TEMPLATE_COLUMNS.filter((c) => c.requiredColumn && !positions.has(c.key));
  if (missing.length > 0) {
    return {
      rows: [],
      issues: [
        issue(
          'missing_columns',
          `de kolom${missing.length > 1 ? 'men' : ''} ${missing.map((c) => c.header).join(', ')} ontbre${missing.length > 1 ? 'ken' : 'ekt'} in de eerste rij.`,
        ),
      ],
    };
  }
  const read: { line: number; row: InventoryRow }[] = [];
  const issues: InventoryIssue[] = [];
  let line = 1;
  for (const cells of rows) {
    line++;
    if (cells.every((c) => text(c) === '')) continue;
    const cell = (key: ColumnKey): Cell => {
      const at = positions.get(key);
      return at === undefined ? undefined : cells[at];
    };
    const { row, problems } = readRow(cell, line, options);
    const all = [...problems, ...rowProblems(row, line)];
    if (all.length === 0) read.push({ line, row });
    issues.push(...all);
  }
  const duplicates = duplicateIdProblems(read);
  const duplicateLines = new Set(duplicates.map((d) => d.line));
  return {
    rows: read.filter((r) => !duplicateLines.has(r.line)),
    issues: [...issues, ...duplicates].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

function readRow(
  cell: (key: ColumnKey) => Cell,
  line: number,
  options: ReadOptions,
): { row: InventoryRow; problems: InventoryIssue[] } {
  const problems: InventoryIssue[] = [];
  const at = (key: ColumnKey) => ({ line, column: headerOf(key) });

  const dateCell = cell('date');
  const date =
    dateCell instanceof Date
      ? excelCellDate(dateCell)
      : optional(dateCell) === undefined
        ? undefined
        : parseSheetDate(text(dateCell));
  if (date === undefined && optional(dateCell) !== undefined) {
    problems.push(
      issue(
        'date_invalid',
        `'${text(dateCell)}' is geen datum die het platform leest; gebruik JJJJ-MM-DD (bijvoorbeeld 2024-01-31).`,
        at('date'),
      ),
    );
  }

  const assessmentText = text(cell('assessment'));
  const assessment = ASSESSMENTS.find((a) => a.toLowerCase() === assessmentText.toLowerCase());
  if (assessmentText === '') {
    problems.push(issue('assessment_missing', 'de beoordeling ontbreekt.', at('assessment')));
  } else if (assessment === undefined) {
    problems.push(
      issue(
        'assessment_unknown',
        `'${assessmentText}' is geen beoordeling die het platform kent; kies ${ASSESSMENTS.join(', ')}.`,
        at('assessment'),
      ),
    );
  }

  const grounds: string[] = [];
  for (const written of splitGrounds(text(cell('grounds')))) {
    const code = groundCode(written, options.law);
    if (code === undefined) {
      problems.push(
        issue(
          'ground_unknown',
          `'${written}' is geen weigeringsgrond uit de ${options.law === 'woo' ? 'Woo' : 'Wob'} (bijvoorbeeld ${options.law === 'woo' ? '5.1.2e' : '10.2e'}).`,
          at('grounds'),
        ),
      );
    } else {
      grounds.push(code);
    }
  }

  const fileTypeText = text(cell('fileType')).toLowerCase();
  const fileType =
    FILE_TYPES.find((t) => t === fileTypeText) ?? FILE_TYPE_ALIASES[fileTypeText] ?? undefined;

  const row: InventoryRow = {
    id: text(cell('id')),
    matter: optional(cell('matter')),
    publicationContext: optional(cell('publicationContext')),
    familyId: optional(cell('familyId')),
    emailThreadId: optional(cell('emailThreadId')),
    document: text(cell('document')),
    fileType,
    date,
    assessment: (assessment ?? 'Niet openbaar') satisfies Assessment,
    suspended: TRUE_VALUES.includes(text(cell('suspended')).toLowerCase()),
    grounds,
    remark: optional(cell('remark')),
    publicLinks: list(cell('publicLinks'), /\|/),
    relatedIds: list(cell('relatedIds'), /;/),
    caseNumbers: list(cell('caseNumbers'), /[;,]/),
  };
  return { row, problems };
}
