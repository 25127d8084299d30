import type { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { ReleasedFile } from '@wobdesk/documents';
import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function mediaTypeOf(file: Pick<ReleasedFile, 'kind'>): string {
  return file.kind === 'inventory' ? XLSX : 'application/pdf';
}

/**
 * A file name safe in a header: our own names ("document-12.pdf") already are; anything else
 * is cut down to letters, digits, dots and dashes rather than trusted.
 */
export function safeFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return safe === '' ? 'bestand' : safe.slice(0, 100);
}

/** Streams a released file as a download. */
export function sendReleasedFile(
  reply: FastifyReply,
  file: ReleasedFile,
  body: Readable,
): StreamableFile {
  reply.header('Content-Disposition', `attachment; filename="${safeFileName(file.fileName)}"`);
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Cache-Control', 'private, no-store');
  return new StreamableFile(body, { type: mediaTypeOf(file), length: file.bytes });
}
