import ExcelJS from 'exceljs';
import type { ReportTable } from './report-tables.js';

/**
 * The tables as a workbook, one sheet each. Every text is written as a string cell (never a
 * formula), so a name starting with "=" stays text.
 */
export async function reportXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31));
    sheet.addRow([...table.columns]).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((c) => c ?? ''));
    sheet.columns.forEach((column) => (column.width = 24));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
