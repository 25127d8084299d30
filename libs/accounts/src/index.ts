export { AccountsModule } from './accounts.module.js';
export { AuthService, checkedPassword, type NewUserInput } from './auth.service.js';
export {
  type Authenticator,
  type LoginClient,
  type LoginOptions,
  type LoginSession,
} from './authenticator.js';
export { BACKOFF, backoffSeconds, LoginBackoff } from './login-backoff.js';
export { LoginBackoffError } from './login-backoff-error.js';
export { type OwnSession, type OwnSessions } from './own-session.js';
export { newRecoveryCodes, RECOVERY_CODE_COUNT } from './recovery-codes.js';
export {
  type Enrolment,
  type SecondFactorStage,
  SecondFactorService,
} from './second-factor.service.js';
export { base32Encode, newTotpSecret, otpauthUri, totpCode, totpStep } from './totp.js';
export { hashPassword, verifyPassword } from './password.js';
export {
  COMMON_PASSWORDS_FILE,
  loadCommonPasswords,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type PasswordRule,
  passwordProblem,
  passwordRuleNl,
} from './password-policy.js';
export { type RoleMapping, roleFromClaims, showsSecondFactor } from './identity-claims.js';
export { type SignOnRefusal, type SignOnResult, SingleSignOnService } from './single-sign-on.js';
