import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { METRICS_CONTENT_TYPE, metricsText } from '@wobdesk/config';

/**
 * The worker has no HTTP server of its own; with METRICS_PORT it serves `GET /metrics` on
 * 127.0.0.1 only (a scraper on the same machine, or a sidecar), with the same bearer token as the
 * API's endpoint.
 */
export function startMetricsServer(port: number, token: string): Promise<Server> {
  const wanted = Buffer.from(token);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    const sent = Buffer.from(/^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
    if (sent.length !== wanted.length || !timingSafeEqual(sent, wanted)) {
      response.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
      return;
    }
    metricsText().then(
      (text) => response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
