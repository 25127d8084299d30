// Making a letter over the clerks' API and reading its PDF back as text, shared by the e2e tests
// of the letter kinds.
import { binary, pdfText } from './pdf-files.js';
import type { RegisterApi, TestUser } from './register-api.js';

/** POST /api/requests/:id/letters with the kind and its input; the caller asserts the status. */
export function makeLetter(
  api: RegisterApi,
  user: TestUser,
  requestId: string,
  kind: string,
  input: Record<string, unknown> = {},
) {
  return api
    .http()
    .post(`/api/requests/${requestId}/letters`)
    .set('authorization', user.auth)
    .send({ kind, ...input });
}

/** The stored PDF's text (pdftotext), and page images named `pngName` when given. */
export async function letterPdfText(
  api: RegisterApi,
  user: TestUser,
  letterId: string,
  work: string,
  pngName?: string,
): Promise<string> {
  const res = await api
    .http()
    .get(`/api/letters/${letterId}/pdf`)
    .set('authorization', user.auth)
    .buffer(true)
    .parse(binary as never)
    .expect(200);
  return pdfText(res.body as Buffer, work, pngName);
}
