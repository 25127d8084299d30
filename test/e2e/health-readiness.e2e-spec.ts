import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { prepareDatabase } from '@wobdesk/persistence';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.setup.js';
import { Draining } from '../../apps/api/src/health/draining.js';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

describe('Liveness, readiness and the metrics route (e2e)', () => {
  let db: TempDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTempDatabase({ env: { SCHEDULER_EMBEDDED: 'false' } });
    await prepareDatabase(db.config);
    app = await createApiApp(db.config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await db?.remove();
  });

  it('answers liveness and readiness without a login', async () => {
    const live = await request(app.getHttpServer()).get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'live' });
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('has no metrics route without METRICS_TOKEN', async () => {
    await request(app.getHttpServer()).get('/metrics').expect(404);
  });

  it('echoes the request id on every answer, the 404s included', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/no-such-route')
      .set('x-request-id', 'abc-123')
      .expect(404);
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('turns readiness to 503 once draining, while liveness and the old health check stay 200', async () => {
    app.get(Draining).start();
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'not ready', reason: 'shutting down' });
    await request(app.getHttpServer()).get('/api/health/live').expect(200);
    await request(app.getHttpServer()).get('/api/health').expect(200);
  });
});
