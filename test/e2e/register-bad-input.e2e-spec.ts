import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describeEndpoint, REQUEST_ENDPOINTS, type RequestEndpoint } from '../support/endpoints.js';
import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';

interface FieldError {
  field: string;
  rule: string;
}

const TODAY = '2024-04-15';
const on = { occurredOn: '2024-04-10' };

/**
 * Bad input on every endpoint of the register: a 400 naming each field (class-validator DTOs,
 * unknown fields refused), malformed JSON 400, unknown or impossible ids 404, a stale version
 * 409, refusals of the law 409/422 with a stable code, and never a 5xx.
 */
describe('Bad input on the register API (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let id: string;

  const send = (method: RequestEndpoint['method'], path: string, body?: unknown) => {
    const req = api.http()[method](path).set('authorization', coordinator.auth);
    return body === undefined
      ? req
      : req
          .set('content-type', 'application/json')
          .send(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const fieldsOf = (body: { errors?: FieldError[] }) => (body.errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    api = await startRegisterApi(TODAY);
    coordinator = await api.newUser(await api.newOrganisation(), 'coordinator');
    const res = await send('post', '/api/requests', newRequestBody()).expect(201);
    id = res.body.request.id;
  });

  afterAll(() => api?.close());

  describe('400 naming the field', () => {
    // [endpoint, body, fields the 400 must name]
    const cases: [string, unknown, string[]][] = [
      ['POST /api/requests', {}, ['requester', 'receivedOn', 'channel', 'subject', 'items']],
      [
        'POST /api/requests',
        newRequestBody({
          requester: { name: ' ', email: 'not-an-email', phone: 'call me', age: 40 },
          letterDate: '2024-02-30',
          receivedOn: '2024/04/02',
          channel: 'fax',
          subject: 'x'.repeat(1001),
          items: [{ text: '' }, 'item', { text: 'ok', extra: true }],
          regime: 'wet',
          environmentalInformation: 'yes',
          assigneeId: 'me',
          hacked: true,
        }),
        [
          'requester.name',
          'requester.email',
          'requester.phone',
          'requester.age',
          'letterDate',
          'receivedOn',
          'channel',
          'subject',
          'items.0.text',
          'items',
          'items.2.extra',
          'regime',
          'environmentalInformation',
          'assigneeId',
          'hacked',
        ],
      ],
      ['POST /api/requests', newRequestBody({ items: [] }), ['items']],
      [
        'POST /api/requests',
        newRequestBody({ items: Array.from({ length: 101 }, () => ({ text: 'x' })) }),
        ['items'],
      ],
      ['POST /api/requests', newRequestBody({ requester: 'J. Jansen' }), ['requester']],
      [
        'POST /api/auth/login',
        { email: '', password: 42, remember: true },
        ['email', 'password', 'remember'],
      ],
      ['POST /api/auth/login', { email: 'a@b.nl', password: 'x'.repeat(1025) }, ['password']],
      [':id/acknowledge', {}, ['occurredOn']],
      [':id/acknowledge', { occurredOn: '2024-02-30', version: 0 }, ['occurredOn', 'version']],
      [':id/acknowledge', { ...on, version: '3' }, ['version']],
      [':id/acknowledge', { ...on, note: 'x' }, ['note']],
      [
        ':id/conversations',
        {
          ...on,
          channel: 'fax',
          participants: [],
          summaryPoints: 'alles',
          summarySentOn: 'gisteren',
        },
        ['channel', 'participants', 'summaryPoints', 'summarySentOn'],
      ],
      [
        ':id/conversations',
        { ...on, channel: 'phone', participants: [' '], summaryPoints: [1] },
        ['participants', 'summaryPoints'],
      ],
      [':id/clarification-requests', { ...on, termEndsOn: 'over twee weken' }, ['termEndsOn']],
      [':id/clarification-answers', { occurredOn: 20240410 }, ['occurredOn']],
      [
        ':id/extensions',
        { ...on, days: 0, reason: 'busy', motivation: '' },
        ['days', 'reason', 'motivation'],
      ],
      [':id/extensions', { ...on, days: 14.5, reason: 'other' }, ['days', 'motivation']],
      [':id/third-party-views', on, ['termEndsOn']],
      [':id/third-party-view-responses', { occurredOn: null }, ['occurredOn']],
      [':id/suspensions', { ...on, kind: 'consent' }, ['days']],
      [':id/suspensions', { ...on, kind: 'force_majeure', days: 5 }, ['days']],
      [':id/suspensions', { ...on, kind: 'holiday' }, ['kind']],
      [':id/suspension-ends', { ...on, kind: 'consent' }, ['kind']],
      [':id/notices-of-default', {}, ['occurredOn']],
      [':id/decision', { ...on, outcomes: [] }, ['outcomes']],
      [
        ':id/decision',
        {
          ...on,
          objectionExpected: 'no',
          outcomes: [
            { number: 0, outcome: 'maybe', grounds: 'art. 5.1' },
            { number: 2, outcome: 'refused', grounds: [' '], note: 'x' },
          ],
        },
        [
          'objectionExpected',
          'outcomes.0.number',
          'outcomes.0.outcome',
          'outcomes.0.grounds',
          'outcomes.1.grounds',
          'outcomes.1.note',
        ],
      ],
      [
        ':id/decision',
        {
          ...on,
          outcomes: [
            { number: 1, outcome: 'granted' },
            { number: 1, outcome: 'granted' },
          ],
        },
        ['outcomes'],
      ],
      [':id/decision', { ...on, outcomes: ['granted'] }, ['outcomes']],
      [':id/sending', { occurredOn: '2024-4-10' }, ['occurredOn']],
      [':id/objections', { ...on, byPost: 'yes', postedOn: 'x' }, ['byPost', 'postedOn']],
      [':id/objection-extensions', { ...on, days: -1 }, ['days']],
      [':id/objection-decision', { ...on, outcome: 'unfounded', version: 'one' }, ['version']],
      [':id/objection-decision', { ...on, outcome: 'gegrond' }, ['outcome']],
      [':id/hearings', { ...on, hearingOn: '4 mei', place: '' }, ['hearingOn', 'place']],
      [':id/hearing-held', { ...on, report: '' }, ['report']],
      [':id/hearing-waived', { ...on, ground: 'no_time' }, ['ground']],
      [':id/close', { occurredOn: '' }, ['occurredOn']],
      [':id/withdraw', { occurredOn: '2024-04-10T10:00:00Z' }, ['occurredOn']],
      [':id/forward', { ...on, to: '   ' }, ['to']],
      [':id/forward', { ...on, to: 'x'.repeat(301) }, ['to']],
      [':id/assign', { assigneeId: 'me' }, ['assigneeId']],
      [':id/assign', {}, ['assigneeId']],
    ];

    it.each(cases)('%s %j', async (endpoint, body, fields) => {
      const path = endpoint.startsWith(':id')
        ? `/api/requests/${id}${endpoint.slice(3)}`
        : endpoint.replace(/^POST /, '');
      const res = await send('post', path, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(fields));
      for (const error of res.body.errors) {
        expect(error).toEqual({
          field: expect.any(String),
          rule: expect.any(String),
          message: expect.any(String),
        });
      }
    });

    it.each([
      ['phase=open', ['phase']],
      ['phase=received,nope', ['phase']],
      ['page=0&pageSize=101', ['page', 'pageSize']],
      ['page=2x&dueWithinDays=-1', ['page', 'dueWithinDays']],
      ['overdue=yes&regime=wet', ['overdue', 'regime']],
      ['receivedFrom=2024-13-01&receivedTo=x', ['receivedFrom', 'receivedTo']],
      ['sort=name&order=up', ['sort', 'order']],
      ['text=a&text=b', ['text']],
      [`text=${'x'.repeat(201)}`, ['text']],
      ['assigneeId=me', ['assigneeId']],
      ['limit=10', ['limit']],
    ])('GET /api/requests?%s', async (query, fields) => {
      const res = await send('get', `/api/requests?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(fields));
    });

    it('should accept phases both repeated and comma-separated', async () => {
      const res = await send('get', '/api/requests?phase=received&phase=acknowledged,decided');
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(id);
    });
  });

  describe('malformed bodies', () => {
    const posts = [
      '/api/requests',
      '/api/auth/login',
      ...REQUEST_ENDPOINTS.filter((e) => e.body && e.method === 'post').map(
        (e) => `/api/requests/:id${e.path}`,
      ),
    ];
    const puts = REQUEST_ENDPOINTS.filter((e) => e.body && e.method === 'put').map(
      (e) => `/api/requests/:id${e.path}`,
    );

    it.each(puts)(
      'PUT %s: 400 for malformed JSON or a body that is not an object',
      async (path) => {
        for (const body of ['{"view": "agrees"', '[]', '"text"', '42', 'null', 'true']) {
          const res = await send('put', path.replace(':id', id), body);
          expect({ body, status: res.status }).toEqual({ body, status: 400 });
        }
      },
    );

    it.each(posts)('POST %s: 400 for malformed JSON', async (path) => {
      const res = await send('post', path.replace(':id', id), '{"occurredOn": "2024-04-10"');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    });

    it.each(posts)('POST %s: 400 for a body that is not an object', async (path) => {
      for (const body of ['[]', '"text"', '42', 'null', 'true']) {
        const res = await send('post', path.replace(':id', id), body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
      }
    });

    it('should answer 415 for a body that is not JSON', async () => {
      const res = await api
        .http()
        .post(`/api/requests/${id}/acknowledge`)
        .set('authorization', coordinator.auth)
        .set('content-type', 'application/xml')
        .send('<occurredOn>2024-04-10</occurredOn>');
      expect(res.status).toBe(415);
    });
  });

  describe('ids', () => {
    const impossible = ['abc', '1', "1' OR '1'='1", 'x'.repeat(90), `${randomUUID()}x`, '%00'];

    it.each(REQUEST_ENDPOINTS.map((e) => [describeEndpoint(e), e] as const))(
      '%s: 404 for an unknown id and for values that cannot be ids',
      async (_name, e) => {
        for (const bad of [randomUUID(), ...impossible]) {
          const res = await send(
            e.method,
            `/api/requests/${encodeURIComponent(bad)}${e.path}`,
            e.body,
          );
          expect({ bad, status: res.status }).toEqual({ bad, status: 404 });
          expect(res.body.code).toBe('REQUEST.NOT_FOUND');
        }
      },
    );
  });

  describe('stale version', () => {
    it.each(
      REQUEST_ENDPOINTS.filter((e) => e.versioned).map((e) => [describeEndpoint(e), e] as const),
    )('%s: 409 for a stale version', async (_name, e) => {
      const before = await send('get', `/api/requests/${id}`).expect(200);
      const res = await send(e.method, `/api/requests/${id}${e.path}`, { ...e.body, version: 999 });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'REQUEST.STALE_VERSION',
        messageNl: expect.any(String),
        details: { expectedVersion: 999, currentVersion: before.body.version },
      });
      const after = await send('get', `/api/requests/${id}`).expect(200);
      expect(after.body.version).toBe(before.body.version);
    });
  });

  describe('refusals of the law', () => {
    it.each([
      ['sending before a decision', 'sending', on, 409, 'REQUEST.COMMAND_NOT_ALLOWED'],
      [
        'an answer without a question',
        'clarification-answers',
        on,
        409,
        'REQUEST.NO_OPEN_CLARIFICATION',
      ],
      [
        'a Woo extension of 15 days',
        'extensions',
        { ...on, days: 15, reason: 'size_or_complexity', motivation: 'Omvang' },
        422,
        'REQUEST.EXTENSION_TOO_LONG',
      ],
      [
        'a Woo extension for another reason',
        'extensions',
        { ...on, days: 14, reason: 'other', motivation: 'Vakantie' },
        422,
        'REQUEST.EXTENSION_REASON_REQUIRED',
      ],
      [
        'a date in the future',
        'acknowledge',
        { occurredOn: '2024-04-16' },
        422,
        'REQUEST.DATE_IN_FUTURE',
      ],
      [
        'a date before receipt',
        'acknowledge',
        { occurredOn: '2024-04-01' },
        422,
        'REQUEST.DATE_BEFORE_RECEIPT',
      ],
      [
        'a decision without an outcome for item 2',
        'decision',
        { ...on, outcomes: [{ number: 1, outcome: 'granted' }] },
        422,
        'DECISION.ITEM_WITHOUT_OUTCOME',
      ],
      [
        'a refusal without grounds',
        'decision',
        {
          ...on,
          outcomes: [
            { number: 1, outcome: 'granted' },
            { number: 2, outcome: 'refused' },
          ],
        },
        422,
        'DECISION.GROUNDS_REQUIRED',
      ],
      [
        'an outcome for an item that was not requested',
        'decision',
        {
          ...on,
          outcomes: [
            { number: 1, outcome: 'granted' },
            { number: 2, outcome: 'granted' },
            { number: 3, outcome: 'granted' },
          ],
        },
        422,
        'DECISION.UNKNOWN_ITEM',
      ],
      [
        'an unknown assignee',
        'assign',
        { assigneeId: randomUUID() },
        422,
        'REQUEST.UNKNOWN_ASSIGNEE',
      ],
    ])('should refuse %s', async (_case, path, body, status, code) => {
      const res = await send('post', `/api/requests/${id}/${path}`, body);
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({
        statusCode: status,
        code,
        message: expect.any(String),
        messageNl: expect.any(String),
      });
    });

    it('should refuse a letter dated after its receipt with 422', async () => {
      const res = await send(
        'post',
        '/api/requests',
        newRequestBody({ letterDate: '2024-04-05', receivedOn: '2024-04-02' }),
      );
      expect(res.status).toBe(422);
      expect(res.body.details).toMatchObject({ field: 'letterDate' });
    });

    it.each(['0001-01-01', '1583-01-01', '9999-12-31', TODAY])(
      'should log or refuse a request received on %s, never fail',
      async (receivedOn) => {
        const res = await send('post', '/api/requests', newRequestBody({ receivedOn }));
        expect([201, 400, 422]).toContain(res.status);
      },
    );

    it('should not fail on a clarification term far in the future', async () => {
      const res = await send('post', '/api/requests', newRequestBody()).expect(201);
      const other = res.body.request.id;
      for (const termEndsOn of ['9999-12-31', '2999-01-01']) {
        const r = await send('post', `/api/requests/${other}/clarification-requests`, {
          ...on,
          termEndsOn,
        });
        expect([200, 400, 409, 422]).toContain(r.status);
      }
    });
  });

  describe('robustness', () => {
    const anyValue = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('2024-04-10', '2024-02-30', '9999-12-31', '0001-01-01', '', ' '),
      fc.integer(),
      fc.constant(null),
    );
    const keys = [
      'occurredOn',
      'version',
      'days',
      'kind',
      'reason',
      'motivation',
      'termEndsOn',
      'outcomes',
      'byPost',
      'postedOn',
      'to',
      'assigneeId',
      'channel',
      'participants',
      'summaryPoints',
      'summarySentOn',
      'requester',
      'receivedOn',
      'items',
      'subject',
    ];
    const anyBody = (valid: Record<string, unknown>) =>
      fc.oneof(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom(...keys), anyValue),
        fc
          .record({ key: fc.constantFrom(...Object.keys(valid), ...keys), value: anyValue })
          .map(({ key, value }) => ({ ...valid, [key]: value })),
      );

    it('should never answer 5xx on any endpoint, whatever the body', async () => {
      const created = await send('post', '/api/requests', newRequestBody()).expect(201);
      const target = created.body.request.id as string;
      const endpoints = [
        { method: 'post' as const, url: '/api/requests', valid: newRequestBody() },
        ...REQUEST_ENDPOINTS.filter((e) => e.body).map((e) => ({
          method: e.method,
          url: `/api/requests/${target}${e.path}`,
          valid: e.body as Record<string, unknown>,
        })),
      ];
      for (const e of endpoints) {
        await fc.assert(
          fc.asyncProperty(anyBody(e.valid), async (body) => {
            const res = await send(e.method, e.url, JSON.stringify(body));
            if (res.status >= 500)
              throw new Error(`${e.url} ${JSON.stringify(body)} → ${res.status}`);
          }),
          { numRuns: 25 },
        );
      }
    }, 120_000);

    it('should never answer 5xx on the list, whatever the query', async () => {
      const params = fc.dictionary(
        fc.constantFrom(
          'phase',
          'assigneeId',
          'dueWithinDays',
          'overdue',
          'regime',
          'receivedFrom',
          'receivedTo',
          'text',
          'sort',
          'order',
          'page',
          'pageSize',
          'x',
        ),
        fc.oneof(
          fc.string(),
          fc.constantFrom('1', '0', '-1', '1e9', 'true', '2024-04-01', 'received', '%'),
        ),
      );
      await fc.assert(
        fc.asyncProperty(params, async (query) => {
          const res = await api
            .http()
            .get('/api/requests')
            .query(query)
            .set('authorization', coordinator.auth);
          if (res.status >= 500) throw new Error(`${JSON.stringify(query)} → ${res.status}`);
        }),
        { numRuns: 200 },
      );
    });
  });
});
