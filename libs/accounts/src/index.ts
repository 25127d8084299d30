export { AccountsModule } from './accounts.module.js';
export {
  AuthService,
  checkedPassword,
  MIN_PASSWORD_LENGTH,
  type NewUserInput,
} from './auth.service.js';
export { type Authenticator } from './authenticator.js';
export { hashPassword, verifyPassword } from './password.js';
export { type RoleMapping, roleFromClaims, showsSecondFactor } from './identity-claims.js';
export { type SignOnRefusal, type SignOnResult, SingleSignOnService } from './single-sign-on.js';
