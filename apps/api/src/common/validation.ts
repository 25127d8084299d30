import { type ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { hasRequesterAddress, LocalDate, plainTextProblem } from '@wobdesk/domain';
import { registerDecorator, type ValidationError, type ValidationOptions } from 'class-validator';

/** One failing rule of one field; `field` is a path such as `suspensions.0.requestedOn`. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * A real calendar date written `YYYY-MM-DD` (LD-DATES: legal dates are calendar dates).
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

/**
 * The dates of a case kept in the register: a real calendar date (as `IsLocalDate`) between
 * 1900-01-01 and 2999-12-31. The bound keeps every derived date (terms, suspensions, objection
 * windows) inside the years the deadline engine can represent, so no input reaches its RangeError.
 */
export const CASE_DATE_RANGE = { from: '1900-01-01', to: '2999-12-31' } as const;

export function IsCaseDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCaseDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be a real calendar date in the form YYYY-MM-DD, from ${CASE_DATE_RANGE.from} to ${CASE_DATE_RANGE.to}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          LocalDate.isValid(value) &&
          value >= CASE_DATE_RANGE.from &&
          value <= CASE_DATE_RANGE.to,
      },
    });
}

/**
 * A requester with an e-mail or a postal address (the same rule as the request form's, from the
 * domain). An object without either fails here; a malformed object fails its own rules.
 */
export function HasRequesterAddress(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'emailOrPostalAddress',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property.email or $property.postalAddress is required: the decision must be sent to one of them',
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'object' ||
          value === null ||
          hasRequesterAddress(value as { email?: string; postalAddress?: string }),
      },
    });
}

/**
 * A single-line text: a name, a subject, a reference. Line breaks and tabs would add lines to a
 * letter's address block or a mail header; the pipe already refuses every other control.
 */
export function IsSingleLine(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSingleLine',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be one line, without line breaks or tabs', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || plainTextProblem(value) !== 'line_break',
      },
    });
}

const PLAIN_TEXT_MESSAGES = {
  lone_surrogate: 'must be valid Unicode text (it holds half of a character pair)',
  control_character:
    'must not hold control characters or text-direction marks (only line breaks and tabs)',
} as const;

/**
 * The first string anywhere in `value` that is not plain text (multi-line allowed), as the 400's
 * field error. Every body and query passes here before any validator: a lone surrogate would
 * otherwise reach `isEmail`, which throws a URIError on it (a 500).
 */
export function plainTextError(value: unknown): FieldError | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      const problem = plainTextProblem(current, true);
      if (problem === 'lone_surrogate' || problem === 'control_character') {
        const field = path === '' ? 'body' : path;
        return { field, rule: 'isPlainText', message: `${field} ${PLAIN_TEXT_MESSAGES[problem]}` };
      }
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const keyProblem = plainTextProblem(key, false);
        if (keyProblem !== null) {
          const field = path === '' ? 'body' : path;
          return {
            field,
            rule: 'isPlainText',
            message: `${field} has a field name that is not plain text`,
          };
        }
        stack.push([child, path === '' ? key : `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** `null` means "not given", as an absent field does (for optional fields). */
export function nullAsAbsent({ value }: { value: unknown }): unknown {
  return value === null ? undefined : value;
}

/** The 400 that names each failing field and rule (the pipe's, and checks made by hand). */
export function validationFailed(errors: readonly FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: errors.map((e) => e.message),
    errors,
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
 * The global pipe: unknown fields are refused, not silently dropped (a misspelt field would
 * otherwise be ignored without a word), and no implicit type conversion, so `"days": "28"` is an
 * error rather than a guess. The 400 body names each failing field and rule: `{ statusCode, error,
 * code, message[], errors[{field, rule, message}] }`.
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
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
    if (metadata.type === 'body' || metadata.type === 'query') {
      const unsafe = plainTextError(value);
      if (unsafe !== null) throw validationFailed([unsafe]);
    }
    // No id, number, kind or token in a path holds a control character, and PostgreSQL refuses
    // a NUL in any text it is sent (a 500 had it got that far): refused here for every route.
    if (metadata.type === 'param' && typeof value === 'string' && plainTextProblem(value)) {
      const field = metadata.data ?? 'path';
      const message = `${field} in the path must be plain text on one line (no control characters, line breaks or text-direction marks)`;
      throw validationFailed([{ field, rule: 'isPlainText', message }]);
    }
    // A body DTO whose fields are all optional would otherwise accept `null`, `42` or `[]`.
    if (
      metadata.type === 'body' &&
      typeof metadata.metatype === 'function' &&
      ![String, Number, Boolean, Object, Array].includes(metadata.metatype as never) &&
      value !== undefined &&
      (value === null || typeof value !== 'object' || Array.isArray(value))
    ) {
      const message = 'the request body must be a JSON object';
      throw validationFailed([{ field: 'body', rule: 'isObject', message }]);
    }
    return super.transform(value, metadata);
  }
}

/** The shape of the ids Wobdesk gives requests and users (one declaration, in the domain). */
export { UUID_SHAPE } from '@wobdesk/domain';

/**
 * Query-string helpers for `@Transform`: they convert only values that are exactly right and
 * leave everything else as it came, so that the validators name the field instead of guessing
 * (`?page=2x` is refused, not read as 2; `?overdue=yes` is refused, not read as true).
 */
export function queryInt({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
}

export function queryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** `?phase=a,b`, `?phase=a&phase=b` and a mix of both become one list. */
export function queryList({ value }: { value: unknown }): unknown {
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((part) => typeof part === 'string')) return value;
  return (parts as string[]).flatMap((part) => part.split(',')).map((part) => part.trim());
}
