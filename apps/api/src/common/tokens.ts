/**
 * Injection tokens for the contracts of `@wobdesk/register` (contract.ts), `@wobdesk/public-status`
 * and `@wobdesk/accounts`. Controllers depend on these, never on the implementing classes;
 * `RegisterBindingsModule` binds them.
 */
export const REQUEST_REGISTER = Symbol('RequestRegister');
export const PUBLIC_STATUS = Symbol('PublicStatus');
export const AUTHENTICATOR = Symbol('Authenticator');
/** A clerk's own sessions (`OwnSessions` of `@wobdesk/accounts`). */
export const OWN_SESSIONS = Symbol('OwnSessions');
