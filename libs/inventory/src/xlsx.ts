// XLSX through ExcelJS: the export streams (its workbook writer commits each row to the output,
// so 10,000 rows never sit in memory as a workbook); the import reads the first worksheet whole,
// as the platform does, so the caller bounds the file size.
import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { InventoryRow } from './inventory-row.js';
import { issue } from './issues.js';
import {
  type Cell,
  type InventoryReadResult,
  readInventoryTable,
  type ReadOptions,
} from './read-table.js';
import { duplicateGuard, rowCells, TEMPLATE_HEADER } from './write-row.js';

/** Writes the rows as the template's first sheet ("Sheet1") to `output` and ends it. */
export async function writeInventoryXlsx(
  rows: Iterable<InventoryRow> | AsyncIterable<InventoryRow>,
  output: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([...TEMPLATE_HEADER]).commit();
  const guard = duplicateGuard();
  let index = 0;
  for await (const row of rows) {
    guard(row, index);
    sheet.addRow(rowCells(row, index)).commit();
    index++;
  }
  sheet.commit();
  await workbook.commit();
}

/** A cell of ExcelJS as the table reader's plain value: rich text joined, a link's target, a formula's result. */
function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return undefined;
}

/** Reads the first worksheet; a file that is no XLSX gives one `unreadable` issue. */
export async function readInventoryXlsx(
  input: Readable,
  options: ReadOptions,
): Promise<InventoryReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.read(input);
  } catch {
    return unreadable('het bestand is geen leesbaar Excel-bestand (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return unreadable('het Excel-bestand heeft geen werkblad.');
  const width = sheet.columnCount;
  const cellsOf = (n: number): Cell[] => {
    const row = sheet.getRow(n);
    return Array.from({ length: width }, (_, i) => plain(row.getCell(i + 1).value));
  };
  const rest = function* (): Generator<Cell[]> {
    for (let n = 2; n <= sheet.rowCount; n++) yield cellsOf(n);
  };
  return readInventoryTable(cellsOf(1), rest(), options);
}

export function unreadable(message: string): InventoryReadResult {
  return { rows: [], issues: [issue('unreadable', message)] };
}
