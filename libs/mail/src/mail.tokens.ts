/** Injection token of the `MailTransport` the sender uses (SMTP or the catcher, from config). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
