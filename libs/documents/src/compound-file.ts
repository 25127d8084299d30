import { open } from 'node:fs/promises';

// Outlook's .msg, the old binary Office formats and a password-protected .docx/.xlsx/.pptx all
// come in the same container, the compound file (a FAT file system in a file). Which one it is
// shows in the names of its directory entries, read here without reading the streams.

const SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const END_OF_CHAIN = 0xfffffffe;
/** A directory this long is not a document but a loop in a damaged file. */
const MAX_DIRECTORY_SECTORS = 4096;

/** What a compound file holds, as far as the intake cares. */
export type CompoundKind = 'outlook_message' | 'encrypted_office' | 'other';

export const isCompoundFile = (head: Buffer): boolean =>
  head.length >= 8 && head.subarray(0, 8).equals(SIGNATURE);

/**
 * The kind of compound file by its entry names: property streams (`__substg1.0_…`,
 * `__properties_version1.0`) make an Outlook item; `EncryptionInfo` with `EncryptedPackage`
 * is an OOXML document under a password. A directory that cannot be followed is 'other'.
 */
export async function compoundKindOf(path: string): Promise<CompoundKind> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const read = async (position: number, length: number): Promise<Buffer | null> => {
      if (position + length > size) return null;
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, position);
      return buffer;
    };
    const header = await read(0, 512);
    if (header === null || !isCompoundFile(header)) return 'other';
    const shift = header.readUInt16LE(30);
    if (shift !== 9 && shift !== 12) return 'other';
    const sectorSize = 1 << shift;
    const perFatSector = sectorSize / 4;
    const offsetOf = (sector: number) => (sector + 1) * sectorSize;
    const names = new Set<string>();
    let sector = header.readUInt32LE(48);
    for (let step = 0; sector !== END_OF_CHAIN && step < MAX_DIRECTORY_SECTORS; step++) {
      const entries = await read(offsetOf(sector), sectorSize);
      if (entries === null) break;
      for (let at = 0; at < sectorSize; at += 128) {
        const length = entries.readUInt16LE(at + 64);
        if (length >= 2 && length <= 64) {
          names.add(entries.toString('utf16le', at, at + length - 2));
        }
      }
      const kind = kindOf(names);
      if (kind !== 'other') return kind;
      // The next directory sector, from the allocation table (its first 109 sectors are listed
      // in the header; a directory reaching past them is not a document we need to know).
      const fatIndex = Math.floor(sector / perFatSector);
      if (fatIndex >= 109) break;
      const fatSector = header.readUInt32LE(76 + fatIndex * 4);
      const next = await read(offsetOf(fatSector) + (sector % perFatSector) * 4, 4);
      if (next === null) break;
      sector = next.readUInt32LE(0);
    }
    return kindOf(names);
  } finally {
    await handle.close();
  }
}

function kindOf(names: ReadonlySet<string>): CompoundKind {
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted_office';
  for (const name of names) {
    if (name.startsWith('__substg1.0_') || name === '__properties_version1.0') {
      return 'outlook_message';
    }
  }
  return 'other';
}
