// Where a rendered message goes: an SMTP server (SMTP_URL), or, with no SMTP configured, the local
// catcher that writes each message as an .eml file a newcomer can open in any mail program.
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * Where the catcher writes a message before it is complete: a hidden directory inside the
 * catcher's, so the rename into place is atomic (one file system) and nobody reading the `.eml`
 * files sees a half-written one, even after a kill -9 in the middle of a write.
 */
export const CATCHER_TEMP_DIR = '.partial';

/** A temporary older than this is stale even if its process id is in use again. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Writes each message to `<dir>/<outbox id>.eml` (written to a temporary name, then renamed). */
export class CatcherTransport implements MailTransport {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  private prepared: Promise<void> | undefined;

  constructor(readonly dir: string) {}

  async send(mail: OutgoingMail): Promise<{ response: string }> {
    const info = await this.composer.sendMail(message(mail));
    await (this.prepared ??= this.prepare());
    const file = join(this.dir, `${mail.outboxId}.eml`);
    const partial = join(this.dir, CATCHER_TEMP_DIR, `${mail.outboxId}.${process.pid}.tmp`);
    await writeFile(partial, info.message as Buffer);
    await rename(partial, file);
    return { response: `stored ${file}` };
  }

  /**
   * Makes the directories and removes what a killed writer left: temporaries of processes no
   * longer running (another sender may be writing beside this one), and any older than an hour.
   */
  private async prepare(): Promise<void> {
    const temp = join(this.dir, CATCHER_TEMP_DIR);
    await mkdir(temp, { recursive: true });
    for (const name of await readdir(temp)) {
      const path = join(temp, name);
      const pid = Number(/\.(\d+)\.tmp$/.exec(name)?.[1]);
      const facts = await stat(path).catch(() => undefined);
      if (facts === undefined) continue;
      const old = Date.now() - facts.mtimeMs > STALE_AFTER_MS;
      if (!isRunning(pid) || old) await rm(path, { force: true });
    }
  }

  describe(): string {
    return `catcher:${this.dir}`;
  }

  close(): void {
    this.composer.close();
  }
}

/** Whether a process with this id runs on this machine (a signal 0 only checks). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
