import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What the server does with the next message's DATA. */
export type SmtpBehaviour =
  | { readonly mode: 'accept' }
  /** Answers 451 (temporary failure) to every message. */
  | { readonly mode: 'reject'; readonly code?: number }
  /** Refuses every recipient, quoting the address as real servers do (550 <a@b>: …). */
  | { readonly mode: 'reject-recipient' }
  /** Holds the DATA reply this long before accepting (to kill a sender while in flight). */
  | { readonly mode: 'delay'; readonly ms: number }
  /**
   * Holds every DATA reply until messages have arrived over `connections` different connections
   * (or `timeoutMs` passed), then accepts all: proof that that many senders were in flight at once,
   * whatever the machine's load, instead of a race one sender might win alone.
   */
  | { readonly mode: 'together'; readonly connections: number; readonly timeoutMs: number };

export interface SmtpTestServer {
  readonly port: number;
  readonly url: string;
  /** Every message the server accepted, parsed, in order of arrival. */
  readonly received: ParsedMail[];
  /** Messages whose DATA arrived (accepted or not), by Message-ID. */
  readonly dataSeen: string[];
  behaviour: SmtpBehaviour;
  /** With `login: true`: whether a login succeeds (false: every login is refused with 535). */
  acceptLogin: boolean;
  /** In mode `together`: over how many connections messages were held when they were let go. */
  connectionsTogether(): number;
  /** Resolves when `count` messages have been accepted (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** Whether the server asks for a login (AUTH over the plain connection); off by default. */
export interface SmtpServerOptions {
  readonly login?: boolean;
}

/**
 * A real SMTP server on 127.0.0.1 (ephemeral port unless `port` is given) that parses what
 * arrives with mailparser. No TLS; no authentication unless `login: true`: then it requires AUTH
 * over the plain connection (the client connects with smtp://user:password@…) and refuses every
 * login with 535, as a server does to a wrong password, until `acceptLogin` is set.
 */
export async function startSmtpTestServer(
  port = 0,
  options: SmtpServerOptions = {},
): Promise<SmtpTestServer> {
  const login = options.login === true;
  const received: ParsedMail[] = [];
  const dataSeen: string[] = [];
  const waiters: (() => void)[] = [];
  const together = {
    connections: new Set<string>(),
    held: [] as (() => void)[],
    open: false,
    atRelease: 0,
  };
  const state: { behaviour: SmtpBehaviour; acceptLogin: boolean } = {
    behaviour: { mode: 'accept' },
    acceptLogin: false,
  };
  const server = new SMTPServer({
    authOptional: !login,
    // No reverse DNS of 127.0.0.1 per connection (it costs ~100 ms here).
    disableReverseLookup: true,
    disabledCommands: login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: login,
    onAuth(auth, _session, callback) {
      if (state.acceptLogin) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.behaviour.mode !== 'reject-recipient') return callback();
      const error = Object.assign(
        new Error(`<${address.address}>: Recipient address rejected: user unknown`),
        { responseCode: 550 },
      );
      callback(error);
    },
    onData(stream, session, callback) {
      const behaviour = state.behaviour;
      simpleParser(stream).then(
        (mail) => {
          dataSeen.push(mail.messageId ?? '');
          if (behaviour.mode === 'reject') {
            const error = Object.assign(new Error('Tijdelijk niet beschikbaar'), {
              responseCode: behaviour.code ?? 451,
            });
            callback(error);
            return;
          }
          const accept = () => {
            received.push(mail);
            callback();
            for (const w of waiters.splice(0)) w();
          };
          if (behaviour.mode === 'delay') setTimeout(accept, behaviour.ms);
          else if (behaviour.mode === 'together') {
            together.connections.add(session.id);
            if (together.open) return accept();
            together.held.push(accept);
            const release = () => {
              if (together.open) return;
              together.open = true;
              together.atRelease = together.connections.size;
              for (const held of together.held.splice(0)) held();
            };
            if (together.connections.size >= behaviour.connections) release();
            else if (together.held.length === 1) setTimeout(release, behaviour.timeoutMs).unref();
          } else accept();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    dataSeen,
    get behaviour() {
      return state.behaviour;
    },
    set behaviour(b: SmtpBehaviour) {
      state.behaviour = b;
    },
    get acceptLogin() {
      return state.acceptLogin;
    },
    set acceptLogin(accept: boolean) {
      state.acceptLogin = accept;
    },
    connectionsTogether: () => together.atRelease,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} messages, got ${received.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received);
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
