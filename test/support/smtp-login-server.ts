// A real SMTP server on 127.0.0.1 that asks for a login (AUTH PLAIN/LOGIN over plain text, no
// TLS) and accepts only the one user and password it was given: a wrong SMTP_URL password meets
// the same 535 reply a real provider gives.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpLoginServer {
  readonly port: number;
  /** `smtp://user:password@127.0.0.1:<port>` with the given credentials. */
  urlWith(user: string, password: string): string;
  /** Logins tried, by user name, in order. */
  readonly attempts: string[];
  close(): Promise<void>;
}

export async function startSmtpLoginServer(
  user: string,
  password: string,
): Promise<SmtpLoginServer> {
  const attempts: string[] = [];
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      attempts.push(auth.username ?? '');
      if (auth.username === user && auth.password === password) {
        callback(null, { user: auth.username });
        return;
      }
      callback(
        Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }),
      );
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    urlWith: (u, p) => `smtp://${encodeURIComponent(u)}:${encodeURIComponent(p)}@127.0.0.1:${port}`,
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
