import { REQUEST_ERROR_CODES, requestError } from '@wobdesk/domain';
import { WORKFLOW_ERROR_CODES, WorkflowError, workflowError } from '@wobdesk/register';
import { DOMAIN_ERROR_STATUS, statusOfWorkflowError } from './domain-status.js';

describe(statusOfWorkflowError.name, () => {
  it('should give every refusal of the state machine a 409 or a 422', () => {
    for (const code of REQUEST_ERROR_CODES) {
      const status = statusOfWorkflowError(WorkflowError.fromDomain(requestError(code)));
      expect([409, 422]).toContain(status);
      expect(DOMAIN_ERROR_STATUS[code]).toBe(status);
    }
  });

  it.each([
    ['REQUEST.COMMAND_NOT_ALLOWED', 409],
    ['REQUEST.EXTENSION_ALREADY_USED', 409],
    ['REQUEST.OBJECTION_WINDOW_OPEN', 409],
    ['REQUEST.EXTENSION_TOO_LONG', 422],
    ['REQUEST.DATE_BEFORE_RECEIPT', 422],
    ['REQUEST.DATE_IN_FUTURE', 422],
  ] as const)('should map %s to %d', (code, status) => {
    expect(statusOfWorkflowError(WorkflowError.fromDomain(requestError(code)))).toBe(status);
  });

  it('should map the register refusals by their kind', () => {
    const expected = {
      not_found: 404,
      stale_version: 409,
      invalid: 422,
      forbidden: 403,
      unauthenticated: 401,
      unavailable: 503,
    } as const;
    for (const code of WORKFLOW_ERROR_CODES) {
      const error = workflowError(code);
      if (error.kind === 'domain') continue;
      expect(statusOfWorkflowError(error)).toBe(expected[error.kind]);
    }
  });

  it('should answer 409 to a letter that was already sent and 503 when the PDF browser is missing', () => {
    const sent = new WorkflowError('domain', 'LETTER.ALREADY_SENT', 'nl', 'en');
    expect(statusOfWorkflowError(sent)).toBe(409);
    const pdf = new WorkflowError('unavailable', 'LETTER.PDF_UNAVAILABLE', 'nl', 'en');
    expect(statusOfWorkflowError(pdf)).toBe(503);
  });

  it('should treat a domain code it does not know as a rule refusal (422)', () => {
    const error = new WorkflowError('domain', 'REQUEST.SOMETHING_NEW', 'nl', 'en');
    expect(statusOfWorkflowError(error)).toBe(422);
  });
});
