import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorResponse } from './error-response.js';

/** The refusals every clerk endpoint can give (OpenAPI only). */
export function ApiClerkErrors(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiBadRequestResponse({
      type: ErrorResponse,
      description: 'VALIDATION_FAILED: names each field',
    }),
    ApiUnauthorizedResponse({ type: ErrorResponse, description: 'No valid session' }),
    ApiForbiddenResponse({ type: ErrorResponse, description: 'AUTH.FORBIDDEN: role missing' }),
  );
}

/** The refusal of an endpoint on one request (OpenAPI only). */
export function ApiRequestNotFound(): MethodDecorator & ClassDecorator {
  return ApiNotFoundResponse({
    type: ErrorResponse,
    description: "REQUEST.NOT_FOUND: unknown id, not an id, or another organisation's request",
  });
}

/** The refusals of a step on a request (OpenAPI only). */
export function ApiStepErrors(): MethodDecorator {
  return applyDecorators(
    ApiConflictResponse({
      type: ErrorResponse,
      description: 'Stale `version`, or the step is not possible in this phase (REQUEST.*)',
    }),
    ApiUnprocessableEntityResponse({
      type: ErrorResponse,
      description: 'The facts break a legal rule (REQUEST.*, e.g. EXTENSION_TOO_LONG)',
    }),
  );
}
