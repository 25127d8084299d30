import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DocumentRefusal } from '@wobdesk/documents';
import { WorkflowError } from '@wobdesk/register';
import { ApiError, type ApiErrorCode } from './api-error.js';
import { assertUnreachable, statusOfWorkflowError } from './domain-status.js';

export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly code?: string;
  readonly message: string | readonly string[];
  readonly [extra: string]: unknown;
}

/**
 * The one place that turns exceptions into responses, so every error body has one
 * shape. The register's
 * refusals (`WorkflowError`) get their status from `statusOfWorkflowError` and the body
 * `{statusCode, error, code, message (English), messageNl, details?}`; coded refusals of
 * `apps/api` get theirs from `statusOf`; HTTP exceptions keep theirs (Fastify's own 4xx errors, such as
 * malformed JSON, arrive here as HttpException with the Fastify error as `cause`, whose code is
 * passed on). Everything else is logged and answered with a bare 500.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    const response = host.switchToHttp().getResponse<unknown>();
    const adapter = this.adapterHost.httpAdapter;
    if (body.statusCode === 401) adapter.setHeader(response, 'WWW-Authenticate', 'Bearer');
    adapter.reply(response, body, body.statusCode);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof WorkflowError) return workflowErrorBody(exception);
    if (exception instanceof DocumentRefusal) {
      return {
        statusCode: exception.status,
        error: reasonOf(exception.status),
        code: exception.code,
        message: exception.en,
        messageNl: exception.nl,
        details: {
          ...(exception.fileName !== undefined && { file: exception.fileName }),
          ...exception.details,
        },
      };
    }
    if (exception instanceof ApiError) {
      const status = statusOf(exception.code);
      return {
        statusCode: status,
        error: reasonOf(status),
        code: exception.code,
        message: exception.message,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const cause = exception.cause as { code?: unknown } | undefined;
      const code = typeof cause?.code === 'string' ? cause.code : undefined;
      if (status >= 500) this.logger.error(exception.message, exception.stack);
      if (typeof response === 'object') {
        return {
          statusCode: status,
          error: reasonOf(status),
          ...(code ? { code } : {}),
          ...response,
        } as ErrorBody;
      }
      return {
        statusCode: status,
        error: reasonOf(status),
        ...(code ? { code } : {}),
        message: response,
      };
    }
    this.logger.error(
      exception instanceof Error ? exception.message : String(exception),
      exception instanceof Error ? exception.stack : undefined,
    );
    return { statusCode: 500, error: reasonOf(500), message: 'Internal server error' };
  }
}

/** The body of a register refusal; also used by the routes served outside Nest's pipeline. */
export function workflowErrorBody(exception: WorkflowError): ErrorBody {
  const status = statusOfWorkflowError(exception);
  return {
    statusCode: status,
    error: reasonOf(status),
    code: exception.code,
    message: exception.en,
    messageNl: exception.nl,
    ...(exception.details === undefined ? {} : { details: exception.details }),
  };
}

/** Exhaustive: a new code does not compile until it has a status. */
function statusOf(code: ApiErrorCode): number {
  switch (code) {
    case 'DEADLINE.DATE_OUT_OF_RANGE':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    default:
      return assertUnreachable(code);
  }
}

function reasonOf(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .toLowerCase()
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ')
    : 'Error';
}
