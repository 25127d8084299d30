import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { prepareDatabase } from '@wobdesk/persistence';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.setup.js';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

describe('Health and calendar API (e2e)', () => {
  let db: TempDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTempDatabase();
    await prepareDatabase(db.config);
    app = await createApiApp(db.config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await db?.remove();
  });

  describe('GET /api/health', () => {
    it('should report the database as reachable', async () => {
      const res = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', database: 'up' });
    });
  });

  describe('GET /api/calendar/holidays', () => {
    it('should list the Atw holidays of 2024 with the Royal-Decree days', async () => {
      const res = await request(app.getHttpServer())
        .get('/api/calendar/holidays?year=2024')
        .expect(200);
      expect(res.body.year).toBe(2024);
      expect(res.body.decreeDataPresent).toBe(true);
      const byDate = new Map((res.body.holidays as { date: string }[]).map((h) => [h.date, h]));
      expect(byDate.get('2024-03-29')).toMatchObject({
        nameEn: 'Good Friday',
        article: 'Atw art. 3 lid 2',
        confirmed: true,
      });
      expect(byDate.get('2024-05-05')).toMatchObject({
        article: 'Atw art. 3 lid 1',
        confirmed: true,
      });
      expect(byDate.get('2024-05-10')).toMatchObject({
        article: 'Atw art. 3 lid 3',
        confirmed: true,
      });
      expect(byDate.get('2024-05-10')).toHaveProperty('source');
      expect(byDate.has('2024-03-31')).toBe(false); // Easter Sunday: a Sunday, not an Atw holiday
      const dates = [...byDate.keys()];
      expect(dates).toEqual([...dates].sort());
    });

    it('should mark unconfirmed decree days (2020-2022, LD-DECREE-DAYS)', async () => {
      const res = await request(app.getHttpServer())
        .get('/api/calendar/holidays?year=2021')
        .expect(200);
      const day = (res.body.holidays as { date: string; confirmed: boolean }[]).find(
        (h) => h.date === '2021-05-14',
      );
      expect(day).toMatchObject({ confirmed: false, article: 'Atw art. 3 lid 3' });
    });

    it('should say when a year has no decree data', async () => {
      const res = await request(app.getHttpServer())
        .get('/api/calendar/holidays?year=2035')
        .expect(200);
      expect(res.body.decreeDataPresent).toBe(false);
      expect(res.body.holidays).toHaveLength(9);
    });

    it.each([
      ['missing', '', 'year'],
      ['not a number', '?year=abc', 'year'],
      ['a fraction', '?year=2024.5', 'year'],
      ['before the Gregorian calendar', '?year=1000', 'year'],
      ['an unknown parameter', '?year=2024&month=5', 'month'],
    ])('should answer 400 naming the field when the year is %s', async (_case, query, field) => {
      const res = await request(app.getHttpServer())
        .get(`/api/calendar/holidays${query}`)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  it('should answer 404 in JSON for an unknown route', async () => {
    const res = await request(app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404 });
  });
});
