import type { DomainError } from '@wobdesk/domain';

/**
 * Why a workflow call was refused. The HTTP layer maps `kind` to a status in one filter:
 * not_found → 404, stale_version → 409, domain → 409 (phase conflicts) or 422 (rule refusals),
 * invalid → 422, forbidden → 403, unauthenticated → 401, unavailable → 503 (a part the server
 * needs, such as the PDF browser, is missing or down: trying later may work, the input is fine).
 */
export class WorkflowError extends Error {
  constructor(
    readonly kind:
      | 'not_found'
      | 'stale_version'
      | 'domain'
      | 'invalid'
      | 'forbidden'
      | 'unauthenticated'
      | 'unavailable',
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${en}`);
  }

  static fromDomain(error: DomainError): WorkflowError {
    return new WorkflowError('domain', error.code, error.nl, error.en, error.details);
  }
}
