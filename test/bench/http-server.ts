// Entry of the child processes the HTTP benchmarks load (`node http-server.js bare|wobdesk`).
// Each server runs alone in its own process, so on this 2-core machine it gets one core and the
// load generator (autocannon, in the bench process) the other; nothing of the client's work is
// counted against the server and vice versa. The parent talks to it over the IPC channel:
//   → { id, type: 'usage' | 'capture-start' | 'capture-stop' | 'stop' } (usage: CPU, memory and
//     the number of SQL statements run so far)
//   ← { type: 'ready', port } once listening, and { id, ok, value | error } per message.
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@wobdesk/config';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { createApiApp } from '../../apps/api/src/app.setup.js';

/** The bare reference: one GET endpoint with a small JSON object, nothing else registered. */
@Controller()
class BareController {
  @Get('hello')
  hello(): { status: string; service: string } {
    return { status: 'ok', service: 'bare' };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

/** One SQL statement the application ran, with its parameters, in order. */
export interface CapturedQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export type ServerMode = 'bare' | 'wobdesk';

export interface ServerMessage {
  readonly id: number;
  readonly type: 'usage' | 'capture-start' | 'capture-stop' | 'stop';
}

export interface ServerUsage {
  /** process.cpuUsage() of the server, microseconds. */
  readonly user: number;
  readonly system: number;
  readonly rss: number;
  readonly heapUsed: number;
  /** SQL statements the app has run since it started (TypeORM beforeQuery); 0 for bare. */
  readonly queries: number;
}

async function start(mode: ServerMode): Promise<NestFastifyApplication> {
  if (mode === 'bare') {
    const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app;
  }
  // The real API exactly as main.ts builds it, configured by the environment the parent passed
  // (DATABASE_PATH of the temporary file, the raised status rate limit, LOG_LEVEL=warn).
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== 'bare' && mode !== 'wobdesk') throw new Error(`unknown server mode ${mode}`);
  if (!process.send) throw new Error('http-server.js runs as a child process (fork) only');
  const app = await start(mode);
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');

  let captured: CapturedQuery[] | undefined;
  let queries = 0;
  // Counts every statement (one increment per query: nothing measurable next to a query).
  const counter: EntitySubscriberInterface = {
    beforeQuery() {
      queries++;
    },
  };
  // Added only while capturing, so the timed runs pay nothing for it.
  const capture: EntitySubscriberInterface = {
    beforeQuery(event) {
      const parameters = Array.isArray(event.parameters) ? [...event.parameters] : [];
      captured?.push({ sql: event.query, parameters });
    },
  };
  const dataSource = mode === 'wobdesk' ? app.get(DataSource) : undefined;
  dataSource?.subscribers.push(counter);

  const handle = async (message: ServerMessage): Promise<unknown> => {
    switch (message.type) {
      case 'usage': {
        const cpu = process.cpuUsage();
        const memory = process.memoryUsage();
        return {
          user: cpu.user,
          system: cpu.system,
          rss: memory.rss,
          heapUsed: memory.heapUsed,
          queries,
        } satisfies ServerUsage;
      }
      case 'capture-start':
        if (!dataSource) throw new Error('no database in this server');
        captured = [];
        if (!dataSource.subscribers.includes(capture)) dataSource.subscribers.push(capture);
        return null;
      case 'capture-stop': {
        if (!dataSource) throw new Error('no database in this server');
        const index = dataSource.subscribers.indexOf(capture);
        if (index >= 0) dataSource.subscribers.splice(index, 1);
        const result = captured ?? [];
        captured = undefined;
        return result;
      }
      case 'stop':
        await app.close();
        setImmediate(() => process.exit(0));
        return null;
    }
  };

  process.on('message', (message: ServerMessage) => {
    handle(message).then(
      (value) => process.send!({ id: message.id, ok: true, value }),
      (error: unknown) => process.send!({ id: message.id, ok: false, error: String(error) }),
    );
  });
  // The parent died: do not linger.
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'ready', port: address.port });
}

main().catch((error: unknown) => {
  console.error('bench server failed to start:', error);
  process.exit(1);
});
