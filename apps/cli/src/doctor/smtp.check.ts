// Mail reaches requesters only when the SMTP server takes the connection and the login. A wrong
// password otherwise shows only as outbox retries, so the check logs in the way the sender does
// (nodemailer's verify(): connect, STARTTLS when offered, AUTH) and names what failed.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import nodemailer from 'nodemailer';
import { type CheckResult, fail, firstLine, ok, warn } from './check-result.js';

/** Connects and logs in; rejects with nodemailer's error (its `code` says which step failed). */
export type VerifySmtp = (url: string) => Promise<void>;

export const verifyWithNodemailer: VerifySmtp = async (url) => {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  });
  try {
    await transport.verify();
  } finally {
    transport.close();
  }
};

/** `smtp://host:port`, never the user or password of the URL. */
export function smtpAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return 'SMTP_URL';
  }
}

export async function checkSmtp(
  smtpUrl: string | undefined,
  catcherDir: string,
  verify: VerifySmtp = verifyWithNodemailer,
): Promise<CheckResult> {
  if (smtpUrl === undefined) return checkCatcher(catcherDir);
  const where = smtpAddress(smtpUrl);
  try {
    await verify(smtpUrl);
    const login = new URL(smtpUrl).username ? 'connected and logged in' : 'connected (no login)';
    return ok('SMTP', `${where}: ${login}`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason = firstLine(e).replace(smtpUrl, where);
    if (code === 'EAUTH') {
      return fail(
        'SMTP login',
        `${where} refused the login: ${reason}`,
        'check the user name and password in SMTP_URL (smtp://user:password@host:587)',
      );
    }
    if (code === 'ETLS') {
      return fail(
        'SMTP',
        `${where}: TLS failed: ${reason}`,
        'use smtps:// for port 465 and smtp:// (STARTTLS) for 587, and check the server certificate',
      );
    }
    return fail(
      'SMTP',
      `${where} cannot be reached: ${reason}`,
      'check the host and port in SMTP_URL and that this machine may connect to them (firewall)',
    );
  }
}

/** No SMTP: mail is written to the catcher directory, where no requester will ever read it. */
async function checkCatcher(dir: string): Promise<CheckResult> {
  const fix = 'set SMTP_URL=smtp://user:password@host:587 to send mail to requesters';
  let probe = dir;
  // The catcher makes its directory on the first message: a writable parent is enough.
  for (;;) {
    try {
      await access(probe, constants.W_OK);
      return warn('SMTP', `SMTP_URL not set: mail is written to ${dir}, not sent`, fix);
    } catch (e) {
      const parent = dirname(probe);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || parent === probe) break;
      probe = parent;
    }
  }
  return fail(
    'SMTP',
    `SMTP_URL not set and the catcher directory ${dir} cannot be written`,
    `make ${probe} writable for this user, set MAIL_CATCHER_DIR, or set SMTP_URL`,
  );
}
