import fc from 'fast-check';
import type { Schema } from './openapi.js';

/**
 * Strings that break naive code: controls, bidi overrides, lone surrogates, odd Unicode, markup,
 * SQL, path tricks, number-like text and huge lengths.
 */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\r\nBcc: x@example.nl',
    '\u001b[31m',
    '\u202eevil',
    '\ud800',
    'x\udfffy',
    '\ufeff',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧',
    'ﬁ\u0301',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00%ff',
    '{{constructor}}',
    '__proto__',
    'NaN',
    '-0',
    '1e309',
    '9'.repeat(400),
    '2024-02-30',
    '0001-01-01',
    '9999-12-31',
    '2024-04-10T25:00:00Z',
    'not-an-email@',
    'a@b',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    -(2 ** 53),
    1e308,
    Number.MIN_VALUE,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value of the wrong shape: what a broken client or an attacker might send instead. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  edgeNumber,
  fc.constantFrom(null, true, false, [], {}, [null], { $gt: '' }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value that passes the schema as far as a generator can tell (the register may still refuse). */
export function plausible(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.oneOf?.length || schema.anyOf?.length) return fc.jsonValue({ maxDepth: 2 });
  switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
    case 'string':
      if (schema.format === 'date')
        return fc.constantFrom('2024-04-10', '2024-04-15', '2024-04-24', '2020-03-03');
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.constantFrom('a.jansen@example.nl');
      if (typeof schema.example === 'string') return fc.constant(schema.example);
      return fc.string({
        minLength: Math.max(1, schema.minLength ?? 1),
        maxLength: Math.min(schema.maxLength ?? 30, 30),
      });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 1, max: Math.min(schema.maximum ?? 60, 60) });
    case 'number':
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 100, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(plausible(schema.items ?? {}, depth + 1), {
            minLength: schema.minItems ?? 1,
            maxLength: Math.min(schema.maxItems ?? 3, 3),
          });
    case 'object':
      return depth > 3 ? fc.constant({}) : plausibleObject(schema, depth + 1);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function plausibleObject(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0) return fc.constant({});
  const record = Object.fromEntries(keys.map((k) => [k, plausible(properties[k]!, depth)]));
  return fc.record(record, { requiredKeys: [...(schema.required ?? [])] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** A value for a field: mostly plausible, else broken for its type (the rule most likely hit). */
export function fieldValue(schema: Schema): fc.Arbitrary<unknown> {
  const broken = (() => {
    switch (schema.type) {
      case 'string':
        return nastyString;
      case 'integer':
      case 'number':
        return fc.oneof(edgeNumber, fc.constantFrom('1', '1e3', '', null));
      case 'array':
        return fc.oneof(
          fc.constant([]),
          fc.array(wrongValue, { maxLength: 4 }),
          fc.constant(Array.from({ length: 1001 }, () => 'x')),
        );
      default:
        return wrongValue;
    }
  })();
  return fc.oneof({ arbitrary: plausible(schema), weight: 1 }, { arbitrary: broken, weight: 2 });
}

/**
 * A JSON body for a schema: a plausible body with up to three fields broken, missing or added,
 * else something that is not that object at all.
 */
export function jsonBody(schema: Schema | undefined): fc.Arbitrary<unknown> {
  const properties = schema?.properties ?? {};
  const keys = Object.keys(properties);
  if (!schema || keys.length === 0) return fc.oneof(fc.constant({}), wrongValue);
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...keys) }),
    fc.record({ op: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
    fc.record({
      op: fc.constant('extra' as const),
      key: fc.constantFrom('extra', 'id', 'organisationId', '__proto__', 'constructor'),
    }),
  );
  const mutated = fc
    .tuple(plausibleObject(schema, 0), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .chain(([body, mutations]) =>
      fc
        .tuple(
          ...mutations.map((m) => (m.op === 'extra' ? wrongValue : fieldValue(properties[m.key]!))),
        )
        .map((values) => {
          const out: Record<string, unknown> = { ...body };
          mutations.forEach((m, i) => {
            if (m.op === 'drop') delete out[m.key];
            // defineProperty, so that `__proto__` is sent as a key and not set as the prototype.
            else
              Object.defineProperty(out, m.key, {
                value: values[i],
                enumerable: true,
                configurable: true,
                writable: true,
              });
          });
          return out;
        }),
    );
  return fc.oneof(
    { arbitrary: mutated, weight: 6 },
    { arbitrary: plausible(schema), weight: 1 },
    { arbitrary: wrongValue, weight: 1 },
  );
}

/** What goes on the wire besides a JSON body: malformed JSON and wrong content types. */
export interface RawBody {
  readonly contentType: string;
  readonly text: string;
}

export const rawBody: fc.Arbitrary<RawBody> = fc.oneof(
  fc
    .constantFrom(
      '{',
      '{"a":',
      '{"occurredOn":"2024-04-10",}',
      "{'a':1}",
      '\u0000',
      '',
      'null',
      '"text"',
      '[]',
      '['.repeat(5000) + ']'.repeat(5000),
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
    )
    .map((text) => ({ contentType: 'application/json', text })),
  fc.record({
    contentType: fc.constantFrom(
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/octet-stream',
      'image/png',
    ),
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('a=1&b=%ZZ&c')),
  }),
);

/** A path segment that is not the id the route wants, percent-encoded as it goes on the wire. */
export const badSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'not-an-id',
    '0',
    '-1',
    '1.5',
    '99999999999999999999999',
    '00000000-0000-0000-0000-000000000000',
    'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
    '%00',
    '%0d%0a',
    '%E2%82%AC',
    '%ED%A0%80',
    '%ZZ',
    '%25',
    '..%2F..%2Fpackage.json',
    'a'.repeat(3000),
    'x.png',
    'null',
    'undefined',
  ),
  fc.uuid(),
  fc.string({ maxLength: 30 }).map(encodeURIComponentLoosely),
);

/** encodeURIComponent that does not throw on a lone surrogate (it is sent as its bytes would be). */
export function encodeURIComponentLoosely(s: string): string {
  return s.replace(/[^A-Za-z0-9_.~-]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '%ED%A0%80';
    return encodeURIComponent(c);
  });
}

/** A query string value: plausible for its schema, or nasty. */
export function queryValue(schema: Schema): fc.Arbitrary<string | string[]> {
  const one = fc.oneof(
    plausible(schema.type === 'array' ? (schema.items ?? {}) : schema).map((v) => String(v)),
    nastyString.map((s) => s.slice(0, 3000)),
  );
  return fc.oneof(one, fc.array(one, { minLength: 2, maxLength: 3 }));
}
