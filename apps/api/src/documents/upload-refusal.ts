import { PassThrough } from 'node:stream';
import type { Multipart } from '@fastify/multipart';
import { DocumentRefusal, type IncomingFile } from '@wobdesk/documents';

/**
 * The multipart parser's own refusals (a broken body, too many parts) are the client's: a 400
 * with the parser's code, never a 500. Its file-size refusal is the documents' TOO_LARGE.
 */
export function uploadRefusal(error: unknown): unknown {
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new DocumentRefusal('DOCUMENT.TOO_LARGE', undefined);
  const clientError = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
  const parserError =
    error instanceof Error && /multipart|boundary|unexpected end/i.test(error.message);
  return clientError || parserError
    ? new DocumentRefusal('DOCUMENT.MALFORMED_UPLOAD', undefined, {
        reason: typeof code === 'string' ? code : error instanceof Error ? error.message : null,
      })
    : error;
}

/**
 * The file parts among `parts`, one at a time, as the parser reaches them; the parser's errors,
 * on the parts or on a file's bytes (a body cut off), become refusals. Shared by the API's upload
 * and the documents page.
 */
export async function* incomingFiles(parts: AsyncIterable<Multipart>): AsyncIterable<IncomingFile> {
  try {
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const content = new PassThrough();
      // The intake's pipeline reports the error; once it is done, the iterator's next step does.
      content.on('error', () => undefined);
      // When the whole body had arrived before the parts are read (the request was looked up in
      // the database first, which on PostgreSQL is a network round trip), the parser has already
      // failed a cut-off file: its 'error' was emitted before anyone listened, and piping a
      // failed stream would wait forever.
      const failed = part.file.errored;
      if (failed) content.destroy(uploadRefusal(failed) as Error);
      else {
        part.file.on('error', (error: Error) => content.destroy(uploadRefusal(error) as Error));
        part.file.pipe(content);
      }
      yield { fileName: part.filename || 'bestand', content };
    }
  } catch (error) {
    throw uploadRefusal(error);
  }
}
