// SCHEDULER_EMBEDDED: the API runs the reminder sweep, the mail sender and the publication of due
// decisions on timers in its own process (the default, so `npm run demo` needs no worker), or not
// at all (with `npm run worker`).
import { SchedulerRegistry } from '@nestjs/schedule';
import { PUBLISH_JOB } from '@wobdesk/publication';
import { SEND_JOB, SWEEP_JOB } from '@wobdesk/reminders';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/api-app.js';
import { waitFor } from '../support/wait-for.js';

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
    expect(registry.getIntervals().sort()).toEqual([PUBLISH_JOB, SEND_JOB, SWEEP_JOB].sort());
    // The first sweep runs right after start-up (catch-up), long before the first interval (an
    // hour): the watermark it writes shows it ran. The bound leaves room for a busy machine.
    const dataSource = api.app.get(DataSource);
    const rows = await waitFor(
      'the first sweep to write its watermark',
      async () => {
        const found: { swept_through: string }[] = await dataSource.query(
          'SELECT "swept_through" FROM "sweep_watermark"',
        );
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 50 },
    );
    expect(rows).toHaveLength(1);
    expect((await api.http().get('/api/health')).status).toBe(200);
  });

  it('should run no timers when false (a separate worker runs them)', async () => {
    api = await startTestApi({ env: { SCHEDULER_EMBEDDED: 'false' } });
    expect(() => api!.app.get(SchedulerRegistry)).toThrow();
  });
});
