// SCHEDULER_EMBEDDED: the API runs the reminder sweep and the mail sender on timers in its own
// process (the default, so `npm run demo` needs no worker), or not at all (with `npm run worker`).
import { SchedulerRegistry } from '@nestjs/schedule';
import { SEND_JOB, SWEEP_JOB } from '@wobdesk/reminders';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api-app.js';

describe('SCHEDULER_EMBEDDED', () => {
  let api: TestApi | undefined;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('should run the sweep and the sender in the API process when true, and sweep at start', async () => {
    api = await startTestApi({
      env: { SCHEDULER_EMBEDDED: 'true', REMINDER_SWEEP_SECONDS: '3600' },
    });
    const registry = api.app.get(SchedulerRegistry);
    expect(registry.getIntervals().sort()).toEqual([SEND_JOB, SWEEP_JOB].sort());
    // The first sweep runs right after start-up (catch-up), long before the first interval.
    const deadline = Date.now() + 5_000;
    let rows: { swept_through: string }[] = [];
    while (rows.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      rows = await api.app.get(DataSource).query('SELECT "swept_through" FROM "sweep_watermark"');
    }
    expect(rows).toHaveLength(1);
    expect((await api.http().get('/api/health')).status).toBe(200);
  });

  it('should run no timers when false (a separate worker runs them)', async () => {
    api = await startTestApi({ env: { SCHEDULER_EMBEDDED: 'false' } });
    expect(() => api!.app.get(SchedulerRegistry)).toThrow();
  });
});
