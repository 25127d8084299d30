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
  | { readonly mode: 'delay'; readonly ms: number };

export interface SmtpTestServer {
  readonly port: number;
  readonly url: string;
  /** Every message the server accepted, parsed, in order of arrival. */
  readonly received: ParsedMail[];
  /** Messages whose DATA arrived (accepted or not), by Message-ID. */
  readonly dataSeen: string[];
  behaviour: SmtpBehaviour;
  /** Resolves when `count` messages have been accepted (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 (ephemeral port unless `port` is given) that parses what
 * arrives with mailparser. No TLS, no authentication: the client connects with smtp://.
 */
export async function startSmtpTestServer(port = 0): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  const dataSeen: string[] = [];
  const waiters: (() => void)[] = [];
  const state: { behaviour: SmtpBehaviour } = { behaviour: { mode: 'accept' } };
  const server = new SMTPServer({
    authOptional: true,
    // No reverse DNS of 127.0.0.1 per connection (it costs ~100 ms here).
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.behaviour.mode !== 'reject-recipient') return callback();
      const error = Object.assign(
        new Error(`<${address.address}>: Recipient address rejected: user unknown`),
        { responseCode: 550 },
      );
      callback(error);
    },
    onData(stream, _session, callback) {
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
          else accept();
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
