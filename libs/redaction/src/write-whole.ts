import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all: to a temporary name beside it, then renamed. A release
 * that failed halfway must never be found and sent as if it were complete.
 */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const partial = `${path}.${process.pid}.part`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
