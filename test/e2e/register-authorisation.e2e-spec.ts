import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describeEndpoint, REQUEST_ENDPOINTS, type RequestEndpoint } from '../support/endpoints.js';
import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { testDatabaseKind } from '../support/test-database-kind.js';

interface Created {
  id: string;
  reference: string;
  statusToken: string;
}

/**
 * Who may see and do what: no token, a bad or ended session, another organisation,
 * the roles, and the requester's status token (only their own request; revoked = unknown).
 */
describe('Authorisation of the register API (e2e)', () => {
  let api: RegisterApi;
  let clerkA: TestUser;
  let coordinatorA: TestUser;
  let clerkB: TestUser;
  let requestA: Created;
  let otherA: Created;
  let requestB: Created;

  const create = async (user: TestUser, body: Record<string, unknown>): Promise<Created> => {
    const res = await api
      .http()
      .post('/api/requests')
      .set('authorization', user.auth)
      .send(body)
      .expect(201);
    return {
      id: res.body.request.id,
      reference: res.body.request.reference,
      statusToken: res.body.statusToken,
    };
  };

  const call = (method: RequestEndpoint['method'], path: string, auth?: string) => {
    const req = api.http()[method](path);
    return auth === undefined ? req : req.set('authorization', auth);
  };

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-15');
    const orgA = await api.newOrganisation('Gemeente Aadorp');
    const orgB = await api.newOrganisation('Gemeente Bedorp');
    clerkA = await api.newUser(orgA, 'clerk');
    coordinatorA = await api.newUser(orgA, 'coordinator');
    clerkB = await api.newUser(orgB, 'clerk');
    requestA = await create(clerkA, newRequestBody({ subject: 'Subsidie voor de Aadorpse haven' }));
    otherA = await create(clerkA, newRequestBody({ subject: 'Verkeersbesluit Molenweg' }));
    requestB = await create(clerkB, newRequestBody({ subject: 'Bestemmingsplan Bedorp-Noord' }));
  });

  afterAll(() => api?.close());

  describe('without a valid session', () => {
    const endpoints = [
      ...REQUEST_ENDPOINTS.map((e) => ({ ...e, name: describeEndpoint(e) })),
      { method: 'post' as const, path: '', body: newRequestBody(), name: 'POST /api/requests' },
      { method: 'get' as const, path: '', name: 'GET /api/requests' },
    ];
    const url = (path: string, withId: boolean) =>
      withId ? `/api/requests/${requestA.id}${path}` : `/api/requests${path}`;

    it.each(endpoints)('$name: 401 without a token', async (e) => {
      const withId = e.name.includes(':id');
      const res = await call(e.method, url(e.path, withId)).send(e.body ?? {});
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'AUTH.UNAUTHENTICATED' });
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it.each([
      ['an unknown token', `Bearer ${'x'.repeat(43)}`],
      ['a malformed token', 'Bearer not a token'],
      ['another scheme', 'Basic dXNlcjpwYXNz'],
      ['an empty header', ''],
      ['a very long token', `Bearer ${'a'.repeat(5000)}`],
    ])('should answer 401 for %s', async (_case, header) => {
      const res = await call('get', `/api/requests/${requestA.id}`, header).expect(401);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('should answer 401 with a token that was logged out', async () => {
      const user = await api.newUser(clerkA.organisationId, 'clerk');
      await call('get', '/api/auth/me', user.auth).expect(200);
      await call('post', '/api/auth/logout', user.auth).expect(204);
      await call('get', '/api/auth/me', user.auth).expect(401);
      await call('get', '/api/requests', user.auth).expect(401);
    });

    it('should refuse a wrong password with 401 and a stable code', async () => {
      const res = await api
        .http()
        .post('/api/auth/login')
        .send({ email: clerkA.email, password: 'wrong password' })
        .expect(401);
      expect(res.body).toMatchObject({
        code: 'AUTH.INVALID_CREDENTIALS',
        messageNl: expect.any(String),
      });
    });

    it('should return the token, its expiry and the user on login', async () => {
      const res = await api
        .http()
        .post('/api/auth/login')
        .send({ email: clerkA.email.toUpperCase(), password: 'correct horse battery' })
        .expect(200);
      expect(res.body).toMatchObject({
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        user: { id: clerkA.id, role: 'clerk', organisationId: clerkA.organisationId },
      });
    });

    it.each([
      ['/api/health'],
      ['/api/calendar/holidays?year=2024'],
      [`/api/status/${'x'.repeat(43)}`],
      ['/api/docs-json'],
    ])('should serve the public route %s without a token', async (path) => {
      const res = await api.http().get(path);
      expect(res.status).not.toBe(401);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('another organisation', () => {
    it.each(REQUEST_ENDPOINTS.map((e) => [describeEndpoint(e), e] as const))(
      "%s: 404 for another organisation's request, the same as an unknown id",
      async (_name, e) => {
        const unknownId = randomUUID();
        const theirs = await call(
          e.method,
          `/api/requests/${requestA.id}${e.path}`,
          clerkB.auth,
        ).send(e.body ?? {});
        const unknown = await call(
          e.method,
          `/api/requests/${unknownId}${e.path}`,
          clerkB.auth,
        ).send(e.body ?? {});
        // A coordinator-only endpoint may refuse on the role first; it must never reveal more.
        if (theirs.status === 403) {
          expect(unknown.status).toBe(403);
          return;
        }
        expect(theirs.status).toBe(404);
        // Nothing tells the two apart but the id the caller sent.
        expect(JSON.stringify(theirs.body).replaceAll(requestA.id, '<id>')).toBe(
          JSON.stringify(unknown.body).replaceAll(unknownId, '<id>'),
        );
        expect(theirs.body.code).toBe('REQUEST.NOT_FOUND');
      },
    );

    it("should not list another organisation's requests", async () => {
      const res = await call('get', '/api/requests?pageSize=100', clerkB.auth).expect(200);
      const ids = res.body.items.map((i: { id: string }) => i.id);
      expect(ids).toEqual([requestB.id]);
      expect(res.body.total).toBe(1);
    });

    it('should not let a coordinator assign to a user of another organisation', async () => {
      const res = await call('post', `/api/requests/${requestA.id}/assign`, coordinatorA.auth).send(
        { assigneeId: clerkB.id },
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('REQUEST.UNKNOWN_ASSIGNEE');
    });
  });

  describe('roles', () => {
    it('should let a clerk assign a request to themselves only', async () => {
      const toOther = await call('post', `/api/requests/${requestA.id}/assign`, clerkA.auth).send({
        assigneeId: coordinatorA.id,
      });
      expect(toOther.status).toBe(403);
      expect(toOther.body.code).toBe('AUTH.FORBIDDEN');
      const toSelf = await call('post', `/api/requests/${requestA.id}/assign`, clerkA.auth)
        .send({ assigneeId: clerkA.id })
        .expect(200);
      expect(toSelf.body.assignee).toMatchObject({ id: clerkA.id });
    });

    it('should let a coordinator assign a request to anyone in the organisation', async () => {
      const res = await call('post', `/api/requests/${otherA.id}/assign`, coordinatorA.auth)
        .send({ assigneeId: clerkA.id })
        .expect(200);
      expect(res.body.assignee).toMatchObject({ id: clerkA.id });
      const mine = await call('get', `/api/requests?assigneeId=${clerkA.id}`, clerkA.auth);
      expect(mine.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
        [requestA.id, otherA.id].sort(),
      );
    });

    it('should let a clerk log a request assigned to themselves, not to someone else', async () => {
      await call('post', '/api/requests', clerkA.auth)
        .send(newRequestBody({ assigneeId: coordinatorA.id }))
        .expect(403);
      const res = await call('post', '/api/requests', clerkA.auth)
        .send(newRequestBody({ assigneeId: clerkA.id }))
        .expect(201);
      expect(res.body.request.assignee).toMatchObject({ id: clerkA.id });
    });

    it('should let only a coordinator revoke a status token', async () => {
      const res = await call('delete', `/api/requests/${otherA.id}/status-token`, clerkA.auth);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        code: 'AUTH.FORBIDDEN',
        details: { requiredRoles: ['coordinator'] },
      });
      await api.http().get(`/api/status/${otherA.statusToken}`).expect(200);
    });
  });

  describe("the requester's status token", () => {
    it('should show the own request and nothing of any other', async () => {
      const res = await api.http().get(`/api/status/${requestA.statusToken}`).expect(200);
      expect(res.body.reference).toBe(requestA.reference);
      expect(res.body.subject).toBe('Subsidie voor de Aadorpse haven');
      const text = JSON.stringify(res.body);
      for (const other of [otherA, requestB]) {
        expect(text).not.toContain(other.id);
        expect(text).not.toContain(other.statusToken);
      }
      expect(text).not.toContain('Molenweg');
      expect(text).not.toContain('Bedorp');
      expect(text).not.toContain(requestA.id);
      expect(text).not.toContain('j.jansen@example.nl');
    });

    it('should give a revoked token the same 404 as an unknown one', async () => {
      await call('delete', `/api/requests/${requestB.id}/status-token`, clerkB.auth).expect(403);
      await call('delete', `/api/requests/${requestA.id}/status-token`, coordinatorA.auth).expect(
        204,
      );
      const revoked = await api.http().get(`/api/status/${requestA.statusToken}`).expect(404);
      const unknown = await api
        .http()
        .get(`/api/status/${'A'.repeat(43)}`)
        .expect(404);
      const malformed = await api.http().get('/api/status/nonsense').expect(404);
      expect(revoked.body).toEqual(unknown.body);
      expect(malformed.body).toEqual(unknown.body);
      expect(revoked.body).toMatchObject({ statusCode: 404, code: 'STATUS.NOT_FOUND' });
      // Revoking twice changes nothing.
      await call('delete', `/api/requests/${requestA.id}/status-token`, coordinatorA.auth).expect(
        204,
      );
    });

    it('should give a new token that works, and stop the old one', async () => {
      const res = await call(
        'post',
        `/api/requests/${requestB.id}/status-token`,
        clerkB.auth,
      ).expect(201);
      expect(res.body.statusToken).not.toBe(requestB.statusToken);
      expect(res.body.statusUrl).toBe(`/status/${res.body.statusToken}`);
      await api.http().get(`/api/status/${res.body.statusToken}`).expect(200);
      await api.http().get(`/api/status/${requestB.statusToken}`).expect(404);
    });
  });
});

describe('Rate limit of the status check (e2e)', () => {
  let api: RegisterApi;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-15', { STATUS_RATE_LIMIT: '5' });
  });

  afterAll(() => api?.close());

  it('should answer 429 with Retry-After after the configured number per minute', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await api.http().get(`/api/status/${'B'.repeat(43)}`);
      expect(res.status).toBe(404);
      expect(res.headers['x-ratelimit-limit']).toBe('5');
    }
    const res = await api
      .http()
      .get(`/api/status/${'B'.repeat(43)}`)
      .expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({
      statusCode: 429,
      code: 'RATE_LIMITED',
      messageNl: expect.stringContaining('Te veel verzoeken'),
      details: { limitPerMinute: 5 },
    });
    // The clerks' API is not limited by it.
    await api.http().get('/api/health').expect(200);
  });
});

describe('The status check outside the Nest pipeline (e2e)', () => {
  let api: RegisterApi;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-15');
  });

  afterAll(() => api?.close());

  it('should answer an unknown token with the same 404 body as the Nest routes under it', async () => {
    const token = 'C'.repeat(43);
    const fastRoute = await api.http().get(`/api/status/${token}`).expect(404);
    const nestRoute = await api.http().get(`/api/status/${token}/letters/x/pdf`).expect(404);
    expect(fastRoute.body).toEqual(nestRoute.body);
    expect(fastRoute.body.code).toBe('STATUS.NOT_FOUND');
    expect(fastRoute.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('should answer a failure with a bare 500 that reveals nothing', async () => {
    // LOG_LEVEL fatal: the failure is expected and logged by the route; keep the test output clean.
    const broken = await startRegisterApi('2024-04-15', { LOG_LEVEL: 'fatal' });
    // The route logs what failed (Nest's Logger, whatever LOG_LEVEL says is printed): caught here,
    // it also shows that the 500 comes from the closed database and from nothing else. Each driver
    // words a closed connection its own way.
    const routeLog = jest.spyOn(Logger.prototype, 'error');
    const closed =
      testDatabaseKind() === 'postgres'
        ? /Driver not Connected|Cannot use a pool after calling end on the pool/
        : /The database connection is not open/;
    try {
      await broken.app.get(DataSource).destroy();
      const res = await broken
        .http()
        .get(`/api/status/${'D'.repeat(43)}`)
        .expect(500);
      expect(res.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error',
      });
      expect(routeLog.mock.calls.flat().map(String).join('\n')).toMatch(closed);
    } finally {
      routeLog.mockRestore();
      await broken.close().catch(() => undefined);
    }
  });
});

describe('Rate limit behind a trusted proxy (e2e)', () => {
  const token = 'E'.repeat(43);
  const ask = (api: RegisterApi, client: string) =>
    api.http().get(`/api/status/${token}`).set('x-forwarded-for', client);

  it('should count per forwarded client when TRUST_PROXY trusts the proxy', async () => {
    const api = await startRegisterApi('2024-04-15', {
      STATUS_RATE_LIMIT: '2',
      TRUST_PROXY: '127.0.0.1',
    });
    try {
      for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) {
        await ask(api, client).expect(404);
      }
      await ask(api, '203.0.113.1').expect(429);
    } finally {
      await api.close();
    }
  });

  it('should ignore X-Forwarded-For by default, so a client cannot reset its own limit', async () => {
    const api = await startRegisterApi('2024-04-15', { STATUS_RATE_LIMIT: '2' });
    try {
      await ask(api, '203.0.113.1').expect(404);
      await ask(api, '203.0.113.2').expect(404);
      await ask(api, '203.0.113.3').expect(429);
    } finally {
      await api.close();
    }
  });
});
