import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentRefusal } from './document-refusal.js';

/** A file received into the store's temporary area: hashed, counted, on disk, not yet placed. */
export interface StagedBlob {
  readonly tempPath: string;
  readonly sha256: string;
  readonly size: number;
}

const HEX = /^[0-9a-f]{64}$/;
/** Flushes in flight at once: enough to fill the I/O thread pool, few enough to leave it some. */
const PERSIST_PARALLEL = 8;

/**
 * The content-addressed file store: a file lives at `<dir>/<aa>/<bb>/<sha256>`, so the same
 * bytes are kept once however often they come in. A file is received by streaming it into
 * `<dir>/tmp/` (the same file system, so placing it is an atomic rename), hashed and counted
 * while it streams, and made durable (`persist`) before it can be placed: a crash leaves at most
 * a stray temporary file, never a half-written stored one.
 */
export class BlobStore {
  private readonly tempDir: string;

  constructor(readonly dir: string) {
    this.tempDir = join(dir, 'tmp');
  }

  /**
   * Streams `source` to a temporary file. More than `maxBytes` refuses with TOO_LARGE: nothing is
   * written after the limit and the partial file is removed, but the source is read to its end,
   * so that a parser feeding it (multipart, an e-mail's) can go on to the next part. The
   * multipart parser's own limit (a byte over ours) and the archive limits end it early.
   */
  async receive(source: Readable, maxBytes: number, fileName: string): Promise<StagedBlob> {
    await mkdir(this.tempDir, { recursive: true });
    const tempPath = join(this.tempDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done();
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, counter, createWriteStream(tempPath, { flags: 'wx' }));
      if (size > maxBytes) throw new DocumentRefusal('DOCUMENT.TOO_LARGE', fileName, { maxBytes });
    } catch (error) {
      await removeQuietly(tempPath);
      throw tooLargeFromParser(error, fileName, maxBytes);
    }
    return { tempPath, sha256: hash.digest('hex'), size };
  }

  /**
   * Flushes received files to disk (fsync), all of an upload at once rather than each as it
   * arrives: the flushes then overlap and share the file system's journal commits, and an
   * archive or e-mail that is only unpacked is never flushed. Called before any of them is
   * placed, so a stored file is never one whose bytes a crash could still lose; a crash before
   * the upload commits leaves only temporary files or stored files no document refers to.
   */
  async persist(blobs: readonly StagedBlob[]): Promise<void> {
    const queue = [...new Set(blobs.map((b) => b.tempPath))];
    const worker = async () => {
      for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
        const handle = await open(path, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      }
    };
    await Promise.all(Array.from({ length: PERSIST_PARALLEL }, worker));
  }

  /**
   * Moves a received, persisted file to its place; true when it was not stored before (the caller removes
   * it again with `remove` if what refers to it is not committed), false when the same bytes
   * were already there (the temporary copy is dropped).
   */
  async place(blob: StagedBlob): Promise<boolean> {
    const target = this.pathOf(blob.sha256);
    if (await exists(target)) {
      await removeQuietly(blob.tempPath);
      return false;
    }
    await mkdir(join(target, '..'), { recursive: true });
    await rename(blob.tempPath, target);
    return true;
  }

  /** Drops a received file that will not be placed. */
  discard(blob: StagedBlob): Promise<void> {
    return removeQuietly(blob.tempPath);
  }

  /** Removes a stored file (only for one placed by a change that was not committed). */
  remove(sha256: string): Promise<void> {
    return removeQuietly(this.pathOf(sha256));
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  pathOf(sha256: string): string {
    if (!HEX.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function removeQuietly(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The multipart parser's own size limit arrives as its error; it means the same refusal. */
function tooLargeFromParser(error: unknown, fileName: string, maxBytes: number): unknown {
  const code = (error as { code?: unknown }).code;
  return code === 'FST_REQ_FILE_TOO_LARGE'
    ? new DocumentRefusal('DOCUMENT.TOO_LARGE', fileName, { maxBytes })
    : error;
}
