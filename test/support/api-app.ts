import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { prepareDatabase } from '@wobdesk/persistence';
import request from 'supertest';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { apiAdapter, configureApiApp } from '../../apps/api/src/app.setup.js';
import { createTempDatabase, type TempDatabase } from './temp-database.js';

export interface TestApi {
  readonly app: NestFastifyApplication;
  readonly db: TempDatabase;
  /** supertest over the app's real HTTP server (listening on 127.0.0.1, a free port). */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The API exactly as `createApiApp` builds it (prefix, pipe, guard, filter, rate limits, docs), on
 * a migrated SQLite file in the OS temp dir, with providers replaced where a test must control
 * them (the clock above all). `env` adds configuration (e.g. `STATUS_RATE_LIMIT`).
 */
export async function startTestApi(
  options: {
    env?: Record<string, string>;
    overrides?: readonly (readonly [token: unknown, value: unknown])[];
  } = {},
): Promise<TestApi> {
  // No scheduler timers in API tests unless a test asks for them (SCHEDULER_EMBEDDED=true).
  const db = await createTempDatabase({
    env: { LOG_LEVEL: 'error', SCHEDULER_EMBEDDED: 'false', ...options.env },
  });
  try {
    await prepareDatabase(db.config);
    let builder = Test.createTestingModule({ imports: [ApiModule.forRoot(db.config)] });
    for (const [token, value] of options.overrides ?? []) {
      builder = builder.overrideProvider(token as string).useValue(value);
    }
    const moduleRef = await builder.compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(apiAdapter(db.config), {
      logger: db.config.logLevels,
    });
    await configureApiApp(app, db.config);
    await app.init();
    // Listening (on a free loopback port) lets tests send requests in parallel over one server.
    await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      app,
      db,
      http: () => request(app.getHttpServer()),
      close: async () => {
        await app.close();
        await db.remove();
      },
    };
  } catch (error) {
    await db.remove();
    throw error;
  }
}
