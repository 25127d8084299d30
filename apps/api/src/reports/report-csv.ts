import type { ReportCell, ReportTable } from './report-tables.js';

/**
 * A cell as CSV text. A text that a spreadsheet would read as a formula (starting with = + - @,
 * or a tab or carriage return before one) gets a leading apostrophe, so opening the file never
 * runs anything; numbers are written as they are.
 */
export function csvCell(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[";\n\r,]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The tables one after the other, each under its title, separated by an empty line. */
export function reportCsv(tables: readonly ReportTable[]): string {
  const lines: string[] = [];
  for (const table of tables) {
    if (lines.length > 0) lines.push('');
    lines.push(csvCell(table.title));
    lines.push(table.columns.map(csvCell).join(','));
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
