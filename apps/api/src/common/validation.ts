import { type ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { LocalDate } from '@wobdesk/domain';
import { registerDecorator, type ValidationError, type ValidationOptions } from 'class-validator';

/** One failing rule of one field; `field` is a path such as `suspensions.0.requestedOn`. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * A real calendar date written `YYYY-MM-DD` (decision D8: legal dates are calendar dates).
 * Rejects `2023-02-30`, `2024-1-5`, timestamps and non-strings.
 */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be a real calendar date in the form YYYY-MM-DD',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && LocalDate.isValid(value),
      },
    });
}

/** Every failing rule of every field, nested objects and arrays included. */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: parent ? `${field}: ${message}` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Deeper input is refused before class-transformer sees it: it recurses once per level and a
 * 1 MB body of nested arrays overflows the stack (a 500). No DTO here is deeper than four levels.
 */
export const MAX_INPUT_DEPTH = 32;

/** True when `value` nests objects or arrays deeper than `limit` (iterative: no recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The global pipe (house style 10.5): unknown fields are refused, not silently dropped, and no
 * implicit type conversion, so `"days": "28"` is an error rather than a guess. The 400 body names
 * each failing field and rule: `{ statusCode, error, code, message[], errors[{field, rule, message}] }`.
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const fieldErrors = flattenValidationErrors(errors);
        return new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          code: 'VALIDATION_FAILED',
          message: fieldErrors.map((e) => e.message),
          errors: fieldErrors,
        });
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (nestsDeeperThan(value, MAX_INPUT_DEPTH)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'INPUT_TOO_DEEP',
        message: `The ${metadata.type} nests objects or arrays more than ${MAX_INPUT_DEPTH} levels deep`,
      });
    }
    return super.transform(value, metadata);
  }
}
