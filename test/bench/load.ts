// A thin wrapper over autocannon's programmatic API: one warm-up, one measured run, a summary.
import type autocannon from 'autocannon';

export interface LoadOptions {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The paths to request. */
  readonly paths: readonly string[];
  /**
   * `per-connection` (autocannon's own way): every connection walks the list from the start, so
   * all connections ask for about the same path at the same moment. `shared`: one counter over
   * all connections, so a path comes round again only after all others (for cache-cold runs; the
   * request is rebuilt for every call, which costs the client a little).
   */
  readonly rotation?: 'per-connection' | 'shared';
  readonly connections: number;
  readonly seconds: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The figures the report prints for one autocannon run. */
export interface LoadSummary {
  readonly requestsPerSec: number;
  /** Per-second samples of the run, for the spread. */
  readonly requestsPerSecMin: number;
  readonly requestsPerSecMax: number;
  readonly total: number;
  readonly seconds: number;
  /** Milliseconds (autocannon records whole milliseconds below 1 ms as 0 or 1). */
  readonly latencyP50: number;
  readonly latencyP99: number;
  readonly latencyMax: number;
  readonly latencyMean: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statusCodes: Readonly<Record<string, number>>;
  readonly bytesPerResponse: number;
}

export function summarise(r: autocannon.Result): LoadSummary {
  const total = r.requests.total;
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats)) statusCodes[code] = count;
  return {
    requestsPerSec: r.requests.average,
    requestsPerSecMin: r.requests.min,
    requestsPerSecMax: r.requests.max,
    total,
    seconds: r.duration,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    latencyMax: r.latency.max,
    latencyMean: r.latency.mean,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes,
    bytesPerResponse: total > 0 ? (r.throughput.total ?? 0) / total : 0,
  };
}

/** Runs autocannon once; imported lazily so that the smoke spec does not load it. */
export async function fire(options: LoadOptions): Promise<autocannon.Result> {
  const { default: run } = await import('autocannon');
  let next = 0;
  const paths = options.paths;
  const requests: autocannon.Request[] =
    options.rotation === 'shared'
      ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }]
      : paths.map((path) => ({ method: 'GET', path }));
  return run({
    url: options.origin,
    connections: options.connections,
    duration: options.seconds,
    headers: { ...options.headers },
    requests,
  });
}
