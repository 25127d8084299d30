import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Answer, SentInput } from './fuzz-runner.js';

// No keep-alive: a server that closes the connection after a refusal (431, 413) would otherwise
// reset the next input sent on the same socket.
const agent = new Agent({ keepAlive: false });

/**
 * Sends an input exactly as written (the path is not normalised or re-encoded, unlike fetch or
 * supertest), so that malformed escapes and odd bytes reach the server as a hostile client sends
 * them.
 */
export function rawSender(server: { address(): AddressInfo | string | null }) {
  const { port } = server.address() as AddressInfo;
  return (input: SentInput, headers: Record<string, string>): Promise<Answer> =>
    new Promise((resolve) => {
      const body = input.body === undefined ? undefined : Buffer.from(input.body, 'utf8');
      const req = request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: input.method,
          path: input.url,
          headers: {
            ...headers,
            ...(input.contentType !== undefined && { 'content-type': input.contentType }),
            ...(body !== undefined && { 'content-length': String(body.length) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', (error) => resolve({ status: 0, contentType: '', text: String(error) }));
        },
      );
      // A server that answers before the whole body is sent (413) may close the connection while
      // it is still being written: that answer is a refusal, reported as status 0 with the error.
      req.on('error', (error) => resolve({ status: 0, contentType: '', text: String(error) }));
      req.end(body);
    });
}

export const closeRawSenders = () => agent.destroy();
