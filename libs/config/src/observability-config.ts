// The observability block of the configuration: the log format and the metrics endpoint.

/** How the log lines look and whether (and where) Prometheus metrics are served. */
export interface ObservabilityConfig {
  /** `text`: Nest's coloured lines for a person at a console; `json`: one object per line (`LOG_FORMAT`). */
  readonly logFormat: 'text' | 'json';
  /** The bearer token a scraper sends (`METRICS_TOKEN`); undefined: no metrics endpoint at all. */
  readonly metricsToken?: string;
  /** The worker's metrics port on 127.0.0.1 (`METRICS_PORT`); undefined: the worker serves none. */
  readonly metricsPort?: number;
  /**
   * Seconds between SIGTERM and closing the listener, while readiness already answers 503 and
   * everything else is still served, so a load balancer stops sending first (`SHUTDOWN_GRACE_SECONDS`).
   */
  readonly shutdownGraceSeconds: number;
}

export const OBSERVABILITY_ENV_KEYS = [
  'LOG_FORMAT',
  'METRICS_TOKEN',
  'METRICS_PORT',
  'SHUTDOWN_GRACE_SECONDS',
] as const;

export function defaultObservabilityConfig(): ObservabilityConfig {
  return { logFormat: 'text', shutdownGraceSeconds: 0 };
}

/** Reads the block; adds a message naming the variable and its rule to `problems` per bad value. */
export function readObservabilityConfig(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): ObservabilityConfig {
  const set = (key: (typeof OBSERVABILITY_ENV_KEYS)[number]): string | undefined =>
    env[key] === undefined || env[key] === '' ? undefined : env[key];
  const format = set('LOG_FORMAT') ?? 'text';
  if (format !== 'text' && format !== 'json')
    problems.push(`LOG_FORMAT must be one of: text, json (got "${format}")`);
  const token = set('METRICS_TOKEN');
  // A scraper's token travels in every scrape: long enough that guessing it is hopeless.
  if (token !== undefined && !/^[\x21-\x7e]{32,512}$/.test(token))
    problems.push('METRICS_TOKEN must be 32 to 512 visible ASCII characters (got "<hidden>")');
  const port = set('METRICS_PORT');
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
    problems.push(`METRICS_PORT must be a port number 1-65535 (got "${port}")`);
  if (port !== undefined && token === undefined)
    problems.push(
      'METRICS_PORT needs METRICS_TOKEN: the metrics are only served to a scraper with the token',
    );
  const grace = set('SHUTDOWN_GRACE_SECONDS') ?? '0';
  if (!(/^\d{1,3}$/.test(grace) && Number(grace) <= 300))
    problems.push(`SHUTDOWN_GRACE_SECONDS must be a whole number 0-300 (got "${grace}")`);
  return {
    shutdownGraceSeconds: Number(grace) || 0,
    logFormat: format === 'json' ? 'json' : 'text',
    ...(token !== undefined && { metricsToken: token }),
    ...(port !== undefined && { metricsPort: Number(port) }),
  };
}
