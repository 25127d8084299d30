import { open } from 'node:fs/promises';
import { DocumentRefusal } from './document-refusal.js';
import { MEDIA, type MediaType } from './media-types.js';

/** What the intake learns of an image: its pages (a TIFF can hold several) and its size. */
export interface ImageFacts {
  readonly pageCount: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** More TIFF pages than this is not a scan but a loop in a damaged file. */
const MAX_TIFF_PAGES = 10_000;

/**
 * Reads an image's dimensions (and a TIFF's pages) from its headers, a few bytes at a time:
 * PNG's IHDR, JPEG's start-of-frame segment, TIFF's chain of image directories. No pixels are
 * decoded and no text is read: that needs an OCR engine, which Wobdesk does not have. A header
 * that is not there or points outside the file is CORRUPT.
 */
export async function readImage(
  path: string,
  type: MediaType,
  fileName: string,
): Promise<ImageFacts> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const at = async (position: number, length: number): Promise<Buffer> => {
      if (position < 0 || position + length > size) throw corrupt(fileName);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, position);
      return buffer;
    };
    const facts =
      type === MEDIA.png
        ? await png(at)
        : type === MEDIA.jpeg
          ? await jpeg(at, size)
          : await tiff(at);
    if (facts === null || facts.widthPx <= 0 || facts.heightPx <= 0) throw corrupt(fileName);
    return facts;
  } finally {
    await handle.close();
  }
}

type ReadAt = (position: number, length: number) => Promise<Buffer>;

async function png(at: ReadAt): Promise<ImageFacts | null> {
  const header = await at(8, 16);
  if (header.toString('latin1', 4, 8) !== 'IHDR') return null;
  return { pageCount: 1, widthPx: header.readUInt32BE(8), heightPx: header.readUInt32BE(12) };
}

/** Start-of-frame markers (baseline, progressive, lossless…), not DHT (C4), JPG (C8), DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

async function jpeg(at: ReadAt, size: number): Promise<ImageFacts | null> {
  let position = 2;
  while (position + 4 <= size) {
    const marker = await at(position, 4);
    if (marker[0] !== 0xff) return null;
    if (marker[1] === 0xff) {
      position += 1; // fill byte
      continue;
    }
    const length = marker.readUInt16BE(2);
    if (SOF.has(marker[1])) {
      const frame = await at(position + 4, 5);
      return { pageCount: 1, widthPx: frame.readUInt16BE(3), heightPx: frame.readUInt16BE(1) };
    }
    if (length < 2) return null;
    position += 2 + length;
  }
  return null;
}

async function tiff(at: ReadAt): Promise<ImageFacts | null> {
  const header = await at(0, 8);
  const little = header.toString('latin1', 0, 2) === 'II';
  const u16 = (b: Buffer, o: number) => (little ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (little ? b.readUInt32LE(o) : b.readUInt32BE(o));
  let offset = u32(header, 4);
  let pages = 0;
  let first: { widthPx: number; heightPx: number } | null = null;
  const seen = new Set<number>();
  while (offset !== 0) {
    if (seen.has(offset) || pages >= MAX_TIFF_PAGES) return null;
    seen.add(offset);
    const count = u16(await at(offset, 2), 0);
    const entries = await at(offset + 2, count * 12 + 4);
    if (first === null) {
      const dimensions = { widthPx: 0, heightPx: 0 };
      for (let i = 0; i < count; i++) {
        const tag = u16(entries, i * 12);
        if (tag !== 256 && tag !== 257) continue;
        // SHORT (3) or LONG (4), the value held in the entry itself.
        const type = u16(entries, i * 12 + 2);
        const value = type === 3 ? u16(entries, i * 12 + 8) : u32(entries, i * 12 + 8);
        if (tag === 256) dimensions.widthPx = value;
        else dimensions.heightPx = value;
      }
      first = dimensions;
    }
    pages += 1;
    offset = u32(entries, count * 12);
  }
  return first === null ? null : { pageCount: pages, ...first };
}

const corrupt = (fileName: string) => new DocumentRefusal('DOCUMENT.CORRUPT', fileName);
