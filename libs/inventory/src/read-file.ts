// Reads an inventory file from disk, XLSX or CSV told apart by the content (an XLSX is a ZIP
// archive), not by the name alone.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { readInventoryCsv } from './csv.js';
import type { InventoryReadResult, ReadOptions } from './read-table.js';
import { readInventoryXlsx, unreadable } from './xlsx.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function readInventoryFile(
  path: string,
  options: ReadOptions,
): Promise<InventoryReadResult> {
  let head: Buffer;
  try {
    const file = await open(path, 'r');
    try {
      head = Buffer.alloc(4);
      const { bytesRead } = await file.read(head, 0, 4, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return unreadable(`het bestand ${path} is niet te openen.`);
  }
  if (head.equals(ZIP_MAGIC)) return readInventoryXlsx(createReadStream(path), options);
  if (/\.csv$/i.test(path)) return readInventoryCsv(createReadStream(path), options);
  return unreadable('het bestand is geen Excel-bestand (.xlsx) en geen CSV-bestand (.csv).');
}
