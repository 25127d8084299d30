import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '@wobdesk/accounts';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import {
  OrganisationSecondFactorController,
  SecondFactorController,
} from './second-factor.controller.js';
import { SessionsController } from './sessions.controller.js';

/** Login/logout, the second factor, and the global `AuthGuard` (every route needs a session unless `@Public()`). */
@Module({
  imports: [RegisterBindingsModule, AccountsModule],
  controllers: [
    AuthController,
    SecondFactorController,
    OrganisationSecondFactorController,
    SessionsController,
  ],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
