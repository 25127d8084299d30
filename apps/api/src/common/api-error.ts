/** Stable codes of refusals raised in `apps/api`; `DomainErrorFilter` maps each to a status. */
export const API_ERROR_CODES = ['DEADLINE.DATE_OUT_OF_RANGE'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** A refusal with a code, thrown by services and turned into a response by `DomainErrorFilter`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
