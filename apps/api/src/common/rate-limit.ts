import fastifyRateLimit, {
  type errorResponseBuilderContext,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** Requests per client IP per minute for each limited route; 0 switches the limit off. */
export interface RateLimits {
  /** `GET /api/status/:token` (config `STATUS_RATE_LIMIT`): tokens must not be guessable by trying. */
  readonly status: number;
  /** `POST /api/auth/login` (config `LOGIN_RATE_LIMIT`): against password guessing. */
  readonly login: number;
  /** `POST /verzoek-indienen`, the public request form (config `REQUEST_FORM_RATE_LIMIT`): against flooding the register. */
  readonly requestForm: number;
}
export type RateLimitName = keyof RateLimits;

const WINDOW_MS = 60_000;
/** The name under which each Fastify instance carries its own limits (tests run several apps). */
const DECORATOR = 'wobdeskRateLimits';

function limitsOf(request: FastifyRequest): RateLimits {
  return (request.server as unknown as Record<typeof DECORATOR, RateLimits>)[DECORATOR];
}

/**
 * Route config (`@RouteConfig(rateLimited('status'))`) that limits a route per client IP. The
 * number is read per request from the app's configuration, so tests and the benchmark can set it.
 */
export function rateLimited(name: RateLimitName): { rateLimit: object } {
  return {
    rateLimit: {
      groupId: name,
      timeWindow: WINDOW_MS,
      allowList: (request: FastifyRequest) => limitsOf(request)[name] === 0,
      max: (request: FastifyRequest) => limitsOf(request)[name],
    },
  };
}

interface Window {
  current: number;
  startMs: number;
}
type StoreCallback = (error: Error | null, result: { current: number; ttl: number }) => void;

/**
 * One fixed-window counter store for every limited route. The plugin's own store gives each
 * route a separate one, so the API login and the login page counted apart; keys here carry the
 * `groupId` (the plugin appends it), so routes of one group share a count and groups stay apart.
 */
class SharedWindowStore {
  private static readonly MAX_KEYS = 20_000;
  private readonly windows = new Map<string, Window>();

  incr(key: string, callback: StoreCallback, timeWindow: number): void {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.startMs + timeWindow <= now) {
      window = { current: 0, startMs: now };
      this.windows.delete(key);
      this.windows.set(key, window);
      this.prune();
    }
    window.current++;
    callback(null, { current: window.current, ttl: window.startMs + timeWindow - now });
  }

  read(key: string, callback: StoreCallback, timeWindow: number): void {
    const now = Date.now();
    const window = this.windows.get(key);
    if (!window || window.startMs + timeWindow <= now) callback(null, { current: 0, ttl: 0 });
    else callback(null, { current: window.current, ttl: window.startMs + timeWindow - now });
  }

  child(): SharedWindowStore {
    return this;
  }

  /** Oldest windows first (the map keeps insertion order, and a new window is re-inserted). */
  private prune(): void {
    for (const key of this.windows.keys()) {
      if (this.windows.size <= SharedWindowStore.MAX_KEYS) return;
      this.windows.delete(key);
    }
  }
}

/**
 * Registers @fastify/rate-limit for the routes marked with `rateLimited` only. Must run before
 * `app.init()`: the plugin attaches itself to routes as they are registered. A refusal is a 429
 * with `Retry-After` (seconds) and the API's error body.
 */
export async function registerRateLimits(
  app: NestFastifyApplication,
  limits: RateLimits,
): Promise<void> {
  app.getHttpAdapter().getInstance().decorate(DECORATOR, limits);
  // With every limit switched off the plugin would only add a hook that lets everything through.
  if (Object.values(limits).every((limit) => limit === 0)) return;
  const store = new SharedWindowStore();
  await app.register(fastifyRateLimit, {
    global: false,
    // The plugin calls `new store(options)`; one instance per app keeps tests apart.
    store: function SharedStore() {
      return store;
    } as unknown as FastifyRateLimitStoreCtor,
    errorResponseBuilder: (_request: FastifyRequest, context: errorResponseBuilderContext) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          code: 'RATE_LIMITED',
          message: `Too many requests; try again in ${seconds} s.`,
          messageNl: `Te veel verzoeken; probeer het over ${seconds} seconden opnieuw.`,
          details: { limitPerMinute: context.max, retryAfterSeconds: seconds },
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    },
  });
}
