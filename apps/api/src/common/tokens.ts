/**
 * Injection tokens for the register's contract (`@wobdesk/workflow` contract.ts). Controllers
 * depend on these, never on the implementing classes; `RegisterBindingsModule` binds them.
 */
export const REQUEST_REGISTER = Symbol('RequestRegister');
export const PUBLIC_STATUS = Symbol('PublicStatus');
export const AUTHENTICATOR = Symbol('Authenticator');
