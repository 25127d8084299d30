import { Module } from '@nestjs/common';
import {
  AuthService,
  PublicStatusService,
  RequestWorkflowService,
  WorkflowModule,
} from '@wobdesk/workflow';
import { AUTHENTICATOR, PUBLIC_STATUS, REQUEST_REGISTER } from './common/tokens.js';

/**
 * Binds the contract's tokens to their implementation in `@wobdesk/workflow`; the controllers
 * know only the contract (`RequestRegister`, `PublicStatus`, `Authenticator`).
 */
@Module({
  imports: [WorkflowModule],
  providers: [
    { provide: REQUEST_REGISTER, useExisting: RequestWorkflowService },
    { provide: PUBLIC_STATUS, useExisting: PublicStatusService },
    { provide: AUTHENTICATOR, useExisting: AuthService },
  ],
  exports: [REQUEST_REGISTER, PUBLIC_STATUS, AUTHENTICATOR],
})
export class RegisterBindingsModule {}
