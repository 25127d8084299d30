import { Transform, type Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DocumentRefusal } from './document-refusal.js';

/** How far an archive may unpack; checked on the bytes as they inflate, not on the headers. */
export interface ZipLimits {
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
  readonly maxRatio: number;
}

/** Below this an entry's ratio is not judged: small text files legitimately pack very well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** An entry name that would land outside the folder it is unpacked in, or at an absolute path. */
export function isUnsafeEntryName(name: string): boolean {
  const normalised = name.replace(/\\/g, '/');
  return (
    normalised.startsWith('/') ||
    /^[a-zA-Z]:/.test(normalised) ||
    normalised.split('/').includes('..') ||
    normalised.includes('\0')
  );
}

function openZip(path: string, archiveName: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(refusalOf(error, archiveName)) : resolve(zip)),
    );
  });
}

/** yauzl's own refusals of a file name are unsafe paths; anything else it cannot read is damage. */
function refusalOf(error: unknown, archiveName: string): DocumentRefusal {
  if (error instanceof DocumentRefusal) return error;
  const message = error instanceof Error ? error.message : String(error);
  return /absolute path|invalid relative path|invalid characters in fileName/.test(message)
    ? new DocumentRefusal('DOCUMENT.ZIP_UNSAFE_PATH', archiveName, { reason: message })
    : new DocumentRefusal('DOCUMENT.CORRUPT', archiveName);
}

/**
 * Walks an archive's entries one at a time. Each file entry is handed to `onEntry` as a stream
 * of its inflated bytes, guarded: more entries than allowed, more bytes in total, or an entry
 * inflating far beyond its compressed size refuse the archive as a ZIP bomb while it inflates.
 */
export async function readZip(
  path: string,
  archiveName: string,
  limits: ZipLimits,
  onEntry: (name: string, content: Readable) => Promise<void>,
): Promise<void> {
  const zip = await openZip(path, archiveName);
  let entries = 0;
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(refusalOf(error, archiveName));
    };
    zip.on('error', fail);
    zip.on('end', resolve);
    zip.on('entry', (entry: Entry) => {
      entries += 1;
      if (entries > limits.maxEntries) {
        fail(
          new DocumentRefusal('DOCUMENT.ZIP_BOMB', archiveName, { maxEntries: limits.maxEntries }),
        );
        return;
      }
      const name = entry.fileName;
      if (isUnsafeEntryName(name)) {
        fail(new DocumentRefusal('DOCUMENT.ZIP_UNSAFE_PATH', archiveName, { entry: name }));
        return;
      }
      if (name.endsWith('/')) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) {
          fail(error);
          return;
        }
        let entryBytes = 0;
        const guard = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            entryBytes += chunk.length;
            total += chunk.length;
            const ratioLimit = Math.max(RATIO_FLOOR_BYTES, entry.compressedSize * limits.maxRatio);
            if (total > limits.maxTotalBytes || entryBytes > ratioLimit) {
              done(new DocumentRefusal('DOCUMENT.ZIP_BOMB', archiveName, { entry: name }));
              return;
            }
            done(null, chunk);
          },
        });
        stream.on('error', (e) => guard.destroy(refusalOf(e, archiveName)));
        guard.on('error', () => stream.destroy());
        stream.pipe(guard);
        onEntry(name, guard).then(() => zip.readEntry(), fail);
      });
    });
    zip.readEntry();
  });
}

/**
 * The entry names of an archive and the content of its `mimetype` entry (where ODF keeps its
 * type), for telling an office document from a plain archive. At most `maxEntries` are read.
 */
export async function zipContents(
  path: string,
  archiveName: string,
  maxEntries: number,
): Promise<{ names: string[]; mimetype?: string }> {
  const zip = await openZip(path, archiveName);
  const names: string[] = [];
  let mimetype: string | undefined;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(refusalOf(error, archiveName));
    };
    zip.on('error', fail);
    zip.on('end', resolve);
    zip.on('entry', (entry: Entry) => {
      names.push(entry.fileName);
      if (names.length > maxEntries) {
        fail(new DocumentRefusal('DOCUMENT.ZIP_BOMB', archiveName, { maxEntries }));
        return;
      }
      if (entry.fileName !== 'mimetype' || entry.uncompressedSize > 200) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', fail);
        stream.on('end', () => {
          mimetype = Buffer.concat(chunks).toString('latin1');
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return { names, ...(mimetype !== undefined && { mimetype }) };
}
