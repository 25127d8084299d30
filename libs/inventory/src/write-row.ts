// A row as the template's 14 cells, for both writers. The export refuses a row that breaks a
// rule: the platform would refuse it, or worse, read it differently without a word.
import { TEMPLATE_COLUMNS } from './columns.js';
import { sheetGround } from './grounds.js';
import type { InventoryRow } from './inventory-row.js';
import { formatIssue, type InventoryIssue } from './issues.js';
import { rowProblems } from './rules.js';

export const TEMPLATE_HEADER: readonly string[] = TEMPLATE_COLUMNS.map((c) => c.header);

export class InventoryExportError extends Error {
  constructor(readonly issues: readonly InventoryIssue[]) {
    super(`Inventory export refused: ${issues.map(formatIssue).join(' ')}`);
    this.name = 'InventoryExportError';
  }
}

/** The cells of one row in template order; throws InventoryExportError for a row that breaks a rule. */
export function rowCells(row: InventoryRow, index: number): string[] {
  // The sheet's row number: the header is row 1.
  const problems = rowProblems(row, index + 2);
  if (row.publicationContext !== undefined && problems.length === 0) {
    // The template has no publicatiecontext column: the export always writes Matter.
    throw new InventoryExportError([
      {
        code: 'matter_missing',
        line: index + 2,
        column: 'Matter',
        message: 'de export schrijft het kenmerk van het verzoek in Matter.',
      },
    ]);
  }
  if (problems.length > 0) throw new InventoryExportError(problems);
  return [
    row.id,
    row.matter ?? '',
    row.familyId ?? '',
    row.emailThreadId ?? '',
    row.document,
    row.fileType ?? '',
    row.date?.toString() ?? '',
    row.assessment,
    row.suspended ? 'Ja' : '',
    row.grounds.map(sheetGround).join('; '),
    row.remark ?? '',
    row.publicLinks.join('|'),
    row.relatedIds.join(';'),
    row.caseNumbers.join(';'),
  ];
}

/** Checks the IDs as rows stream past: a repeat within a matter is refused. */
export function duplicateGuard(): (row: InventoryRow, index: number) => void {
  const lines = new Map<string, number>();
  return (row, index) => {
    const key = `${row.matter ?? ''}\u0000${row.id}`;
    const first = lines.get(key);
    if (first !== undefined) {
      throw new InventoryExportError([
        {
          code: 'id_duplicate',
          line: index + 2,
          column: 'ID',
          message: `documentnummer ${row.id} komt in dit verzoek al voor (rij ${first}).`,
        },
      ]);
    }
    lines.set(key, index + 2);
  };
}
