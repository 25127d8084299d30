import { printableText } from '@wobdesk/domain';

// The fields a letter prints on one line: a line break there would add an address line.
const SINGLE_LINE = new Set([
  'requester.name',
  'requester.salutation',
  'request.subject',
  'theirReference',
]);

/**
 * The context with every text made printable (see `printableText`). Input is checked when it comes
 * in, but values stored before that check still reach letters: they print without their controls
 * instead of being refused, so nothing accepted once is refused by a later step.
 */
export function printableContext<T>(context: T): T {
  return clean(context, '') as T;
}

function clean(value: unknown, path: string): unknown {
  if (typeof value === 'string') return printableText(value, !SINGLE_LINE.has(path));
  if (Array.isArray(value)) return value.map((v) => clean(v, path));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, clean(v, path === '' ? key : `${path}.${key}`)]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
