import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { uploadRefusal } from '../documents/upload-refusal.js';

/**
 * The first file of a multipart upload, read until one byte past `max`: a file that large is
 * refused by its checker anyway, and reading no further keeps memory bounded whatever is sent.
 * Empty when no file was sent.
 */
export async function readCappedFile(request: FastifyRequest, max: number): Promise<Uint8Array> {
  if (!request.isMultipart()) return new Uint8Array();
  try {
    const part = await request.file();
    return part === undefined ? new Uint8Array() : await readCapped(part, max);
  } catch (error) {
    throw uploadRefusal(error);
  }
}

export async function readCapped(part: MultipartFile, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > max) {
      part.file.resume();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, max + 1);
}
