import { Module } from '@nestjs/common';
import { AccountsModule, AuthService } from '@wobdesk/accounts';
import { PublicStatusService, PublicStatusServicesModule } from '@wobdesk/public-status';
import { RegisterModule, RequestWorkflowService } from '@wobdesk/register';
import { AUTHENTICATOR, OWN_SESSIONS, PUBLIC_STATUS, REQUEST_REGISTER } from './common/tokens.js';

/**
 * Binds the contract's tokens to their implementation in the libraries
 * (`@wobdesk/register`, `@wobdesk/public-status`, `@wobdesk/accounts`); the controllers
 * know only the contract (`RequestRegister`, `PublicStatus`, `Authenticator`).
 */
@Module({
  imports: [RegisterModule, PublicStatusServicesModule, AccountsModule],
  providers: [
    { provide: REQUEST_REGISTER, useExisting: RequestWorkflowService },
    { provide: PUBLIC_STATUS, useExisting: PublicStatusService },
    { provide: AUTHENTICATOR, useExisting: AuthService },
    { provide: OWN_SESSIONS, useExisting: AuthService },
  ],
  exports: [REQUEST_REGISTER, PUBLIC_STATUS, AUTHENTICATOR, OWN_SESSIONS],
})
export class RegisterBindingsModule {}
