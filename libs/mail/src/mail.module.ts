import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { AppConfig } from '@wobdesk/config';
import { findTemplatesDir } from '@wobdesk/letters';
import { PersistenceModule } from '@wobdesk/persistence';
import { MailTemplates } from './mail-templates.js';
import { MAIL_TRANSPORT } from './mail.tokens.js';
import { CatcherTransport, type MailTransport, SmtpTransport } from './mail-transport.js';
import { Outbox } from './outbox.js';
import { OutboxDesk } from './outbox-desk.js';
import { OutboxPurge } from './outbox-purge.js';
import { OutboxSender } from './outbox-sender.js';

/** SMTP waits end well before a lease does, so a hung server never lets two senders overlap. */
export function smtpTimeoutMs(leaseSeconds: number): number {
  return Math.min(60_000, Math.floor((leaseSeconds * 1000) / 4));
}

export function mailTransportOf(config: AppConfig): MailTransport {
  const { mail } = config;
  return mail.smtpUrl !== undefined
    ? new SmtpTransport(mail.smtpUrl, smtpTimeoutMs(mail.leaseSeconds))
    : new CatcherTransport(mail.catcherDir);
}

/**
 * E-mail: `Outbox` (queue a message inside a transaction) and `OutboxSender` (deliver what is
 * due; the worker calls `deliverDue()` on an interval). Needs `ConfigModule` (global); brings
 * its own database connection through `PersistenceModule`. Templates: `templates/mail` of
 * TEMPLATES_DIR (or the templates/ found from the working directory). Tests override `CLOCK`
 * (libs/clock) to move time and `MAIL_TRANSPORT` only when they must (the integration tests use real SMTP).
 */
@Module({
  imports: [PersistenceModule, ClockModule],
  providers: [
    {
      provide: MailTemplates,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        MailTemplates.load(
          findTemplatesDir(
            config.letters.templatesDir,
            process.cwd(),
            dirname(fileURLToPath(import.meta.url)),
          ),
        ),
    },
    { provide: MAIL_TRANSPORT, inject: [AppConfig], useFactory: mailTransportOf },
    Outbox,
    OutboxSender,
    OutboxDesk,
    OutboxPurge,
  ],
  exports: [MailTemplates, Outbox, OutboxSender, OutboxDesk, OutboxPurge],
})
export class MailModule {}
