import { STEP_CATALOGUE } from '../../apps/api/src/steps/index.js';
import { startTestApi, type TestApi } from '../support/api-app.js';

interface Operation {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}

describe('OpenAPI document and UI (e2e)', () => {
  let api: TestApi;
  let doc: {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: {
      schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
      securitySchemes: Record<string, unknown>;
    };
  };

  beforeAll(async () => {
    api = await startTestApi();
    doc = (await api.http().get('/api/docs-json').expect(200)).body;
  });

  afterAll(() => api?.close());

  it('should serve Swagger UI at /api/docs with its assets, without a login', async () => {
    const page = await api.http().get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('swagger-ui');
    await api.http().get('/api/docs/swagger-ui-init.js').expect(200);
    const css = await api.http().get('/api/docs/swagger-ui.css').expect(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
  });

  it('should describe every endpoint of the register', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const steps = [
      'acknowledge',
      'conversations',
      'clarification-requests',
      'clarification-answers',
      'extensions',
      'third-party-views',
      'third-party-view-responses',
      'suspensions',
      'suspension-ends',
      'notices-of-default',
      'decision',
      'sending',
      'objections',
      'objection-extensions',
      'objection-decision',
      'close',
      'withdraw',
      'forward',
      'assign',
    ];
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/requests',
        'GET /api/requests',
        'GET /api/requests/{id}',
        'GET /api/requests/{id}/events',
        'POST /api/requests/{id}/status-token',
        'DELETE /api/requests/{id}/status-token',
        'GET /api/status/{token}',
        'POST /api/deadlines/compute',
        ...steps.map((s) => `POST /api/requests/{id}/${s}`),
      ]),
    );
  });

  it('should describe every step of the step catalogue with its summary', () => {
    const summaries = STEP_CATALOGUE.map(
      (step) => doc.paths[`/api/requests/{id}/${step.api.slug}`]?.post?.summary,
    );
    expect(summaries).toEqual(STEP_CATALOGUE.map((step) => step.api.summary));
  });

  it('should mark the clerk endpoints as needing a bearer token, and the public ones not', () => {
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
    expect(doc.paths['/api/requests'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/requests/{id}/decision'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/status/{token}'].get.security).toBeUndefined();
    expect(doc.paths['/api/auth/login'].post.security).toBeUndefined();
  });

  it('should describe the DTOs with their fields, required ones and refusals', () => {
    const create = doc.components.schemas.CreateRequestDto;
    expect(Object.keys(create.properties ?? {})).toEqual(
      expect.arrayContaining(['requester', 'receivedOn', 'channel', 'subject', 'items', 'regime']),
    );
    expect(create.required).toEqual(
      expect.arrayContaining(['requester', 'receivedOn', 'channel', 'subject', 'items']),
    );
    expect(doc.components.schemas.DecisionDto.required).toEqual(['occurredOn', 'outcomes']);
    expect(doc.components.schemas.ExtensionDto.properties).toHaveProperty('reason');
    expect(doc.components.schemas.ComputeDeadlinesDto.properties).toHaveProperty('suspensions');
    // The calculator's facts are documented as its own bodies, not as the steps' bodies.
    expect(doc.components.schemas.ExtensionFactDto.properties).toHaveProperty('notifiedOn');
    expect(doc.components.schemas.ExtensionFactDto.properties).not.toHaveProperty('reason');
    expect(doc.components.schemas.ObjectionFactDto.properties).toHaveProperty('receivedOn');
    const decision = doc.paths['/api/requests/{id}/decision'].post;
    expect(Object.keys(decision.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '404', '409', '422']),
    );
    expect(doc.paths['/api/status/{token}'].get.responses).toHaveProperty('429');
  });
});
