// autocannon 9.0.0 ships JavaScript only (no .d.ts, and there is no @types package for 9.x).
// This declares the part of its programmatic API that the HTTP benchmark uses; see
// node_modules/autocannon/README.md ("API") and lib/aggregateResult.js for the result shape.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Called before each request is built; may change it (the request buffer is rebuilt). */
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds before a request counts as a timeout. */
      timeout?: number;
      headers?: Record<string, string>;
      /** Each connection cycles through these, in order. */
      requests?: Request[];
      /** Runs first with these options overridden; its figures are in `result.warmup`. */
      warmup?: { connections?: number; duration?: number };
      title?: string;
    }

    /** Percentiles are keyed p0_001 … p50 … p97_5, p99, p99_9 … */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total?: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      [percentile: string]: number | undefined;
    }

    interface Result {
      title?: string;
      url: string;
      connections: number;
      pipelining: number;
      /** Seconds actually run. */
      duration: number;
      samples: number;
      start: Date;
      finish: Date;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      resets: number;
      '1xx': number;
      '2xx': number;
      '3xx': number;
      '4xx': number;
      '5xx': number;
      statusCodeStats: Record<string, { count: number }>;
      /** Milliseconds per request (recorded with 1 ms resolution at the low end). */
      latency: Histogram & { totalCount: number };
      /** Requests per one-second sample. */
      requests: Histogram & { sent: number; total: number };
      /** Bytes per one-second sample. */
      throughput: Histogram;
      warmup?: Result;
    }

    interface Instance extends EventEmitter, PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;

  export = autocannon;
}
