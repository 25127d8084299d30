// CSV by RFC 4180. Written: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line
// ends, a field quoted when it holds the separator, a quote or a line break, quotes doubled; the
// separator is a comma, as in the platform's own CSV files, or a semicolon for Dutch Excel.
// Read: with or without the mark, comma or semicolon (the one the header line uses most),
// quoted fields with embedded line breaks.
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import type { InventoryRow } from './inventory-row.js';
import {
  type Cell,
  type InventoryReadResult,
  readInventoryTable,
  type ReadOptions,
} from './read-table.js';
import { duplicateGuard, rowCells, TEMPLATE_HEADER } from './write-row.js';
import { unreadable } from './xlsx.js';

export type CsvSeparator = ',' | ';';

function field(value: string, separator: CsvSeparator): string {
  return value.includes(separator) || /["\r\n]/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

function line(cells: readonly string[], separator: CsvSeparator): string {
  return `${cells.map((c) => field(c, separator)).join(separator)}\r\n`;
}

/** Writes the rows to `output` and ends it, waiting for the stream to drain as it goes. */
export async function writeInventoryCsv(
  rows: Iterable<InventoryRow> | AsyncIterable<InventoryRow>,
  output: Writable,
  separator: CsvSeparator = ',',
): Promise<void> {
  const write = async (text: string) => {
    if (!output.write(text)) await once(output, 'drain');
  };
  await write(`\uFEFF${line(TEMPLATE_HEADER, separator)}`);
  const guard = duplicateGuard();
  let index = 0;
  for await (const row of rows) {
    guard(row, index);
    await write(line(rowCells(row, index), separator));
    index++;
  }
  output.end();
  await once(output, 'finish');
}

/** The separator the header line uses most, outside quotes. */
export function detectSeparator(firstLine: string): CsvSeparator {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export async function readInventoryCsv(
  input: Readable,
  options: ReadOptions,
): Promise<InventoryReadResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  const content = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const separator = detectSeparator(content.split(/\r?\n/, 1)[0] ?? '');
  const records: string[][] = [];
  try {
    const parser = parse(content, { delimiter: separator, relax_column_count: true });
    for await (const record of parser) records.push(record as string[]);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return unreadable(`het CSV-bestand is niet te lezen (${reason}).`);
  }
  if (records.length === 0) return unreadable('het CSV-bestand is leeg.');
  const [header, ...rest] = records;
  return readInventoryTable(header as Cell[], rest, options);
}
