// A minimal keep-alive HTTP client for latency measurements: one request at a time, the clock
// read around the whole exchange (request written → last byte of the body read).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface TimedResponse {
  readonly status: number;
  readonly body: string;
  /** Milliseconds from sending to the end of the body. */
  readonly ms: number;
}

export class TimedClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly origin: string,
    private readonly headers: Readonly<Record<string, string>> = {},
  ) {}

  send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<TimedResponse> {
    const url = new URL(path, this.origin);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise<TimedResponse>((resolve, reject) => {
      const start = performance.now();
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            ...this.headers,
            ...(payload !== undefined && {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
            }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - start,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Sends and parses JSON; throws unless the status is `expected`. */
  async json<T>(method: 'GET' | 'POST', path: string, body?: unknown, expected = 200): Promise<T> {
    const res = await this.send(method, path, body);
    if (res.status !== expected) {
      throw new Error(
        `${method} ${path} → ${res.status} (expected ${expected}): ${res.body.slice(0, 400)}`,
      );
    }
    return JSON.parse(res.body) as T;
  }

  withHeaders(headers: Readonly<Record<string, string>>): TimedClient {
    return new TimedClient(this.origin, { ...this.headers, ...headers });
  }

  close(): void {
    this.agent.destroy();
  }
}
