/**
 * What went wrong when a message was not delivered, in a few kinds an administrator can act on.
 * The kind is stored with the message (`outbox_message.last_failure`); the kinds that stop all
 * mail (the server cannot be reached or refuses our login) are a delivery problem, shown on every
 * coordinator's dashboard until a message is delivered again.
 */
export const DELIVERY_FAILURES = [
  'login_rejected',
  'connection_refused',
  'unknown_host',
  'timeout',
  'tls',
  'connection',
  'message_refused',
  'not_renderable',
] as const;
export type DeliveryFailure = (typeof DELIVERY_FAILURES)[number];

/** The failures that keep every message waiting: no message gets through until they are fixed. */
const BLOCKING: ReadonlySet<DeliveryFailure> = new Set([
  'login_rejected',
  'connection_refused',
  'unknown_host',
  'timeout',
  'tls',
  'connection',
]);

export function isDeliveryProblem(failure: DeliveryFailure): boolean {
  return BLOCKING.has(failure);
}

/** The failure's kind from what nodemailer (or our renderer) threw. */
export function classifyFailure(error: unknown): DeliveryFailure {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const text = typeof message === 'string' ? message : '';
  if (code === 'EAUTH') return 'login_rejected';
  if (code === 'EDNS' || code === 'ENOTFOUND' || /ENOTFOUND|EAI_AGAIN/.test(text))
    return 'unknown_host';
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(text)) return 'connection_refused';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ETLS') return 'tls';
  if (code === 'ECONNECTION' || code === 'ESOCKET') return 'connection';
  if (typeof responseCode === 'number') return 'message_refused';
  return 'not_renderable';
}

/** The reason in plain Dutch and what to do about it, for the outbox page and the dashboard. */
export const DELIVERY_FAILURE_NL: Readonly<
  Record<DeliveryFailure, { readonly reason: string; readonly action: string }>
> = {
  login_rejected: {
    reason:
      'De mailserver weigert de inlog van Wobdesk: de gebruikersnaam of het wachtwoord klopt niet.',
    action:
      'Vraag de beheerder de gebruikersnaam en het wachtwoord in SMTP_URL te controleren en Wobdesk daarna opnieuw te starten.',
  },
  connection_refused: {
    reason: 'De mailserver weigert de verbinding: hij staat uit of luistert niet op deze poort.',
    action:
      'Vraag de beheerder te controleren of de mailserver draait en of de poort in SMTP_URL klopt.',
  },
  unknown_host: {
    reason: 'De naam van de mailserver is onbekend.',
    action: 'Vraag de beheerder de naam van de mailserver in SMTP_URL te controleren.',
  },
  timeout: {
    reason: 'De mailserver antwoordt niet op tijd.',
    action:
      'Vraag de beheerder te controleren of de mailserver bereikbaar is vanaf de server van Wobdesk (firewall, netwerk).',
  },
  tls: {
    reason: 'De beveiligde verbinding met de mailserver lukt niet.',
    action:
      'Vraag de beheerder te controleren of SMTP_URL met smtp:// of smtps:// begint zoals de mailserver verwacht, en of het certificaat geldig is.',
  },
  connection: {
    reason: 'De verbinding met de mailserver valt weg.',
    action: 'Vraag de beheerder te controleren of de mailserver bereikbaar is.',
  },
  message_refused: {
    reason: 'De mailserver weigert dit bericht.',
    action:
      'Controleer het e-mailadres van de ontvanger. Klopt het, verstuur het bericht dan opnieuw.',
  },
  not_renderable: {
    reason: 'Wobdesk kon dit bericht niet opmaken.',
    action: 'Vraag de beheerder de foutmelding en de sjablonen van de e-mails te bekijken.',
  },
};

/** The stored kind, read back; null for a value this version does not know. */
export function deliveryFailureOf(stored: string | null): DeliveryFailure | null {
  return DELIVERY_FAILURES.find((f) => f === stored) ?? null;
}

/** The delivery problem the mail sender sees now, stored with its last run. */
export interface DeliveryProblem {
  readonly failure: DeliveryFailure;
  /** The server's or the library's own words, for the administrator. */
  readonly detail: string;
  /** When mail first stopped getting through (ISO instant). */
  readonly since: string;
  /** The last time the sender tried (ISO instant). */
  readonly lastTriedAt: string;
}
