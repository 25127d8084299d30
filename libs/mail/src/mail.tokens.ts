/**
 * Injection token of the instant source (`() => Date`) the outbox and the sender use: when a
 * message was queued, when it is due, when a lease ends. Tests override it to move time (the
 * backoff) without waiting; the workflow binds it to its own NOW so that both agree.
 */
export const MAIL_NOW = Symbol('MAIL_NOW');
export type MailNow = () => Date;

export const systemMailNow: MailNow = () => new Date();

/** Injection token of the `MailTransport` the sender uses (SMTP or the catcher, from config). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
