// Where a rendered message goes: an SMTP server (SMTP_URL), or, with no SMTP configured, the local
// catcher that writes each message as an .eml file a newcomer can open in any mail program.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  /** The outbox id: names the catcher's file, so a resend overwrites instead of duplicating. */
  readonly outboxId: string;
  readonly from: string;
  readonly to: { readonly email: string; readonly name?: string };
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** `<outbox-id@domain>`: the same on every attempt, so a receiving side can drop a resend. */
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: readonly {
    readonly filename: string;
    readonly content: Buffer;
    readonly contentType: string;
  }[];
}

export interface MailTransport {
  /** Resolves when the message was accepted (SMTP: after the DATA reply; catcher: file written). */
  send(mail: OutgoingMail): Promise<{ readonly response: string }>;
  /** "smtp://host:port" or "catcher:/dir", for logs (never the password). */
  describe(): string;
  close(): void;
}

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to.name ? { name: mail.to.name, address: mail.to.email } : mail.to.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { ...mail.headers },
    attachments: mail.attachments.map((a) => ({ ...a })),
  };
}

/** SMTP through nodemailer (pooled); every socket wait is bounded so a hung server cannot outlive a lease. */
export class SmtpTransport implements MailTransport {
  private readonly transporter: ReturnType<typeof nodemailer.createTransport>;

  constructor(
    private readonly url: string,
    timeoutMs: number,
  ) {
    this.transporter = nodemailer.createTransport({
      url,
      // One kept-open connection: the sender sends one message at a time, and a new connection
      // per message costs the server's greeting delay each time (100 ms with smtp-server).
      pool: true,
      maxConnections: 1,
      maxMessages: 100,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(mail: OutgoingMail): Promise<{ response: string }> {
    const info = (await this.transporter.sendMail(message(mail))) as { response?: string };
    return { response: info.response ?? '' };
  }

  describe(): string {
    const u = new URL(this.url);
    return `${u.protocol}//${u.host}`;
  }

  close(): void {
    this.transporter.close();
  }
}

/** Writes each message to `<dir>/<outbox id>.eml` (written to a temporary name, then renamed). */
export class CatcherTransport implements MailTransport {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true });

  constructor(readonly dir: string) {}

  async send(mail: OutgoingMail): Promise<{ response: string }> {
    const info = await this.composer.sendMail(message(mail));
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${mail.outboxId}.eml`);
    const partial = `${file}.${process.pid}.part`;
    await writeFile(partial, info.message as Buffer);
    await rename(partial, file);
    return { response: `stored ${file}` };
  }

  describe(): string {
    return `catcher:${this.dir}`;
  }

  close(): void {
    this.composer.close();
  }
}
