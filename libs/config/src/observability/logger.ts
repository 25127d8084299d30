// Every log line of a process goes through Nest's logger; this makes the one it uses. In JSON each
// line is one object, and a line written while an HTTP request is handled carries its request id
// (kept in AsyncLocalStorage, so no service needs to pass it along).
import { AsyncLocalStorage } from 'node:async_hooks';
import { ConsoleLogger, type LoggerService, type LogLevel } from '@nestjs/common';
import type { AppConfig } from '../app-config.js';

const requestScope = new AsyncLocalStorage<{ readonly requestId: string }>();

/** Runs `work` (and everything it starts) as part of the request `requestId`. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

/** The id of the HTTP request being handled here, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

type JsonOptions = Parameters<ConsoleLogger['getJsonLogObject']>[1];

/** One JSON object per line: time, level, context, message, and the request id when there is one. */
class JsonLogger extends ConsoleLogger {
  protected override getJsonLogObject(
    message: unknown,
    options: JsonOptions,
  ): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const base = super.getJsonLogObject(message, options);
    const requestId = currentRequestId();
    const { timestamp, ...rest } = base;
    return {
      time: new Date(timestamp).toISOString(),
      ...rest,
      timestamp,
      ...(requestId !== undefined && { requestId }),
    };
  }
}

/** The logger `LOG_FORMAT` and `LOG_LEVEL` ask for, to hand to `NestFactory.create*`. */
export function createLogger(config: AppConfig): LoggerService {
  const logLevels: LogLevel[] = config.logLevels;
  if (config.observability.logFormat === 'json') return new JsonLogger({ json: true, logLevels });
  return new ConsoleLogger({ logLevels });
}
