import { DocumentRefusal } from '@wobdesk/documents';

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
