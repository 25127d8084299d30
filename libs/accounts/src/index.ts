export { AccountsModule } from './accounts.module.js';
export {
  AuthService,
  checkedPassword,
  MIN_PASSWORD_LENGTH,
  type NewUserInput,
} from './auth.service.js';
export { type Authenticator, type LoginOptions, type LoginSession } from './authenticator.js';
export { newRecoveryCodes, RECOVERY_CODE_COUNT } from './recovery-codes.js';
export {
  type Enrolment,
  type SecondFactorStage,
  SecondFactorService,
} from './second-factor.service.js';
export { base32Encode, newTotpSecret, otpauthUri, totpCode, totpStep } from './totp.js';
export { hashPassword, verifyPassword } from './password.js';
