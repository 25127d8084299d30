import fc from 'fast-check';
import { apiRoutes, type AppRoute, pageRoutes } from '../support/fuzz/app-routes.js';
import {
  type Answer,
  describeInput,
  type SentInput,
  sendAll,
} from '../support/fuzz/fuzz-runner.js';
import {
  badSegment,
  encodeURIComponentLoosely,
  jsonBody,
  nastyString,
  plausible,
  queryValue,
  rawBody,
} from '../support/fuzz/inputs.js';
import { type Operation, operationsOf, toRoutePath } from '../support/fuzz/openapi.js';
import { closeRawSenders, rawSender } from '../support/fuzz/raw-http.js';
import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

/**
 * Generated bad input against every route the app has: the JSON API's operations from its own
 * OpenAPI document, checked against Nest's route table so that nothing escapes the document, and
 * every page route from the page router list. Each route gets the same number of inputs (paths
 * with ids that are not ids, hostile strings and numbers at the edges in each field, fields
 * missing or added, malformed JSON, wrong content types); none may be answered with a 5xx, and a
 * validation error must name each field and its rule. FUZZ_RUNS sets the inputs per route,
 * FUZZ_SEED replays a run.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const MIN_INPUTS = 10_000;
const TODAY = '2024-04-15';

describe('Fuzzing every endpoint and page form (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let operations: Operation[];
  let pages: AppRoute[];
  /** Values for path parameters that exist, so that inputs also reach past the lookup. */
  const known: Record<string, string> = { number: '1', page: '1', format: 'pdf' };
  let csrf: { token: string; cookie: string };
  let formFields: string[];

  beforeAll(async () => {
    // Configured as a real site is (PUBLIC_BASE_URL: without it a link-mailing route answers 503
    // on purpose, a setup fault rather than an input's), with the form limits off.
    api = await startRegisterApi(TODAY, {
      REQUEST_FORM_RATE_LIMIT: '0',
      PUBLIC_BASE_URL: 'https://woo.example.nl',
    });
    coordinator = await api.newUser(await api.newOrganisation(), 'coordinator');
    const auth = { authorization: coordinator.auth };
    const created = await api.http().post('/api/requests').set(auth).send(newRequestBody());
    known.id = created.body.request.id;
    const status = await api.http().post(`/api/requests/${known.id}/status-token`).set(auth);
    known.token = status.body.token ?? 'x';
    operations = operationsOf((await api.http().get('/api/docs-json').expect(200)).body);
    pages = pageRoutes(api.app);
    // A form token as any page hands out, valid for every form of this browser session.
    const form = await api.http().get('/verzoek-indienen').expect(200);
    csrf = {
      token: /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!,
      cookie: ([] as string[])
        .concat(form.headers['set-cookie'] ?? [])
        .map((c) => c.split(';')[0])
        .join('; '),
    };
    // The field names the pages' forms use, read from the pages themselves.
    const names = new Set<string>(['version', 'terug']);
    for (const route of pages.filter((r) => r.method === 'GET')) {
      const res = await api
        .http()
        .get(fillPath(route.path, () => undefined))
        .set('cookie', sessionCookie());
      for (const m of res.text.matchAll(/name="([^"]+)"/g)) names.add(m[1]!);
    }
    names.delete('_csrf');
    formFields = [...names];
  }, 120_000);

  afterAll(async () => {
    closeRawSenders();
    await api?.close();
  });

  const sessionCookie = () => `wobdesk_session=${coordinator.token}; ${csrf.cookie}`;
  // Logging out would end the session every other input uses.
  const endsSession = (path: string) => /logout|uitloggen/.test(path);

  /** `/verzoeken/:id/x` with each parameter from `pick`, else the known value, else a uuid. */
  function fillPath(path: string, pick: (name: string) => string | undefined): string {
    return path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
      return pick(name) ?? known[name] ?? '00000000-0000-4000-8000-000000000000';
    });
  }

  const segment = (name: string, plausibleValue: fc.Arbitrary<string>) =>
    fc
      .oneof({ arbitrary: plausibleValue, weight: 3 }, { arbitrary: badSegment, weight: 2 })
      .map((v) => [name, v] as const);

  function apiInputs(op: Operation, rng: number): SentInput[] {
    const route = `${op.method} ${op.template}`;
    const params = fc.tuple(
      ...op.pathParams.map((p) =>
        segment(
          p.name,
          known[p.name] !== undefined && !p.schema.enum
            ? fc.constant(known[p.name]!)
            : plausible(p.schema).map((v) => encodeURIComponentLoosely(String(v))),
        ),
      ),
    );
    const query = op.queryParams.length
      ? fc.array(
          fc.oneof(
            ...op.queryParams.map((p) => queryValue(p.schema).map((v) => [p.name, v] as const)),
            nastyString.map((v) => ['unknown', v.slice(0, 2000)] as const),
          ),
          { maxLength: 4 },
        )
      : fc.constant([] as (readonly [string, string | string[]])[]);
    const takesJson = op.bodyTypes.includes('application/json');
    const body: fc.Arbitrary<{ contentType?: string; text?: string }> = takesJson
      ? fc.oneof(
          {
            arbitrary: jsonBody(op.bodySchema).map((b) => ({
              contentType: 'application/json',
              text: JSON.stringify(b) ?? 'null',
            })),
            weight: 4,
          },
          { arbitrary: rawBody, weight: 1 },
        )
      : fc.oneof(
          { arbitrary: fc.constant({}), weight: 2 },
          { arbitrary: rawBody, weight: 1 },
          {
            arbitrary: jsonBody(undefined).map((b) => ({
              contentType: 'application/json',
              text: JSON.stringify(b) ?? 'null',
            })),
            weight: 1,
          },
        );
    return fc
      .sample(fc.tuple(params, query, body), { numRuns: RUNS_PER_ROUTE, seed: rng })
      .map(([ps, qs, b]) => {
        const values = Object.fromEntries(ps);
        const path = op.template.replace(/\{([^}]+)\}/g, (_m, n: string) => values[n] ?? 'x');
        const search = qs
          .flatMap(([k, v]) =>
            ([] as string[]).concat(v).map((x) => `${k}=${encodeURIComponentLoosely(x)}`),
          )
          .join('&');
        return {
          route,
          method: op.method,
          url: search ? `${path}?${search}` : path,
          contentType:
            op.method === 'GET' && b.contentType === undefined ? undefined : b.contentType,
          body: b.text,
        };
      });
  }

  function pageInputs(page: AppRoute, rng: number): SentInput[] {
    const route = `${page.method} ${page.path}`;
    const names = [...page.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
    const params = fc.tuple(
      ...names.map((n) =>
        segment(n, fc.constantFrom(known[n] ?? '00000000-0000-4000-8000-000000000000')),
      ),
    );
    const field = fc.tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...formFields), weight: 5 },
        { arbitrary: fc.constantFrom('x', '_csrf', '__proto__', 'a[b]'), weight: 1 },
      ),
      fc.oneof(nastyString, fc.constantFrom('1', '2024-04-10', 'on', 'granted', '5.1.2.e')),
    );
    const fields = fc.array(field, { minLength: 0, maxLength: 8 });
    const body = fc.oneof(
      {
        arbitrary: fc.tuple(fields, fc.boolean()).map(([fs, withToken]) => ({
          contentType: 'application/x-www-form-urlencoded',
          text: [...(withToken ? [['_csrf', csrf.token] as const] : []), ...fs]
            .map(([k, v]) => `${encodeURIComponentLoosely(k)}=${encodeURIComponentLoosely(v)}`)
            .join('&'),
        })),
        weight: 5,
      },
      { arbitrary: rawBody, weight: 1 },
    );
    return fc
      .sample(fc.tuple(params, fields, body), { numRuns: RUNS_PER_ROUTE, seed: rng })
      .map(([ps, fs, b]) => {
        const values = Object.fromEntries(ps);
        const path = fillPath(page.path, (n) => values[n]);
        if (page.method === 'GET') {
          const search = fs
            .map(([k, v]) => `${encodeURIComponentLoosely(k)}=${encodeURIComponentLoosely(v)}`)
            .join('&');
          return { route, method: 'GET', url: search ? `${path}?${search}` : path };
        }
        return { route, method: page.method, url: path, ...b };
      });
  }

  it('should fuzz every route the app has: each API route is in the OpenAPI document', () => {
    const documented = new Set(operations.map((o) => `${o.method} ${toRoutePath(o.template)}`));
    const undocumented = apiRoutes(api.app)
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => !documented.has(r));
    expect(undocumented).toEqual([]);
    // A body the generators cannot build would leave its endpoint untested beyond the lookup.
    const known = ['application/json', 'multipart/form-data'];
    const unsupported = operations
      .filter((o) => o.bodyTypes.some((t) => !known.includes(t)))
      .map((o) => `${o.method} ${o.template}`);
    expect(unsupported).toEqual([]);
    expect(operations.length).toBeGreaterThan(90);
    expect(pages.length).toBeGreaterThan(30);
  });

  it(`should answer no 5xx to at least ${MIN_INPUTS} generated inputs, and name field and rule`, async () => {
    let rng = SEED;
    const inputs = [
      ...operations.map((op) => apiInputs(op, rng++)),
      ...pages.map((p) => pageInputs(p, rng++)),
    ].flat();
    const send = rawSender(api.app.getHttpServer());
    const failures: string[] = [];
    const perRoute = new Map<string, number>();
    const started = performance.now();
    await sendAll(
      inputs,
      4,
      (input) =>
        send(
          input,
          endsSession(input.url)
            ? {}
            : input.url.startsWith('/api/')
              ? { authorization: coordinator.auth }
              : { cookie: sessionCookie() },
        ),
      (input, answer) => {
        perRoute.set(input.route, (perRoute.get(input.route) ?? 0) + 1);
        const problem = problemOf(input, answer);
        if (problem) failures.push(`${problem}: ${describeInput(input, answer)}`);
        if (answer.status >= 500) failures.unshift(`${problem}: ${describeInput(input, answer)}`);
      },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${inputs.length} inputs over ${perRoute.size} routes in ${seconds.toFixed(1)} s (seed ${SEED})`,
    );
    expect({ seed: SEED, failures: failures.slice(0, 20), count: failures.length }).toEqual({
      seed: SEED,
      failures: [],
      count: 0,
    });
    expect(inputs.length).toBeGreaterThanOrEqual(MIN_INPUTS);
    expect(perRoute.size).toBe(operations.length + pages.length);
  }, 900_000);
});

/** What is wrong with an answer, if anything: a 5xx, or a validation error that names no rule. */
function problemOf(input: SentInput, answer: Answer): string | undefined {
  if (answer.status >= 500) return `${answer.status}`;
  if (answer.status === 0) return 'no answer';
  if (!input.url.startsWith('/api/') || answer.status !== 400) return undefined;
  let body: { code?: string; errors?: { field?: unknown; rule?: unknown }[] };
  try {
    body = JSON.parse(answer.text);
  } catch {
    return 'a 400 of the API that is not JSON';
  }
  if (body.code !== 'VALIDATION_FAILED') return body.code ? undefined : 'a 400 without a code';
  const errors = body.errors ?? [];
  // A field may be named '' when the input had a key '' (refused as unknown); a rule never is.
  const named = (e: { field?: unknown; rule?: unknown }) =>
    typeof e.field === 'string' && typeof e.rule === 'string' && e.rule !== '';
  if (errors.length === 0 || !errors.every(named))
    return 'a validation error without field and rule';
  return undefined;
}
