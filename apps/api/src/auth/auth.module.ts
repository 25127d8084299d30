import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { SessionsController } from './sessions.controller.js';

/** Login/logout and the global `AuthGuard` (every route needs a session unless `@Public()`). */
@Module({
  imports: [RegisterBindingsModule],
  controllers: [AuthController, SessionsController],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
