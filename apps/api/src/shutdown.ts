import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Draining } from './health/draining.js';

/**
 * On SIGTERM or SIGINT: readiness turns 503 (for SHUTDOWN_GRACE_SECONDS the rest is still
 * served, so a load balancer can notice), then the server stops accepting and waits for the
 * requests in flight to finish, and only then Nest's shutdown runs (the timers wait for a running
 * sweep, which gives its lease back; Chromium closes; the database last). Nest's own signal hooks
 * would close Chromium before the server drains, failing a letter that is being printed.
 */
export function closeGracefullyOnSignals(app: NestFastifyApplication, graceSeconds: number): void {
  let closing: Promise<void> | undefined;
  const close = (signal: NodeJS.Signals): void => {
    closing ??= (async () => {
      const logger = new Logger('Shutdown');
      app.get(Draining).start();
      logger.log(`${signal}: not ready any more; closing the listener in ${graceSeconds} s`);
      if (graceSeconds > 0) await sleep(graceSeconds * 1000);
      logger.log('listener closed; draining the requests in flight');
      const server = app.getHttpServer();
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection whose request has finished would otherwise hold the close open;
      // one still handling a request is left alone until its answer is sent.
      const idleCloser = setInterval(() => server.closeIdleConnections(), 100);
      await drained.finally(() => clearInterval(idleCloser));
      await app.close();
      logger.log('closed');
      process.exit(0);
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
