import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { AuthService } from './auth.service.js';
import { SecondFactorService } from './second-factor.service.js';
import { SingleSignOnService } from './single-sign-on.js';

/** The users of an organisation and their sessions. Needs `ConfigModule` (global). */
@Module({
  imports: [PersistenceModule, ClockModule],
  providers: [AuthService, SecondFactorService, SingleSignOnService],
  exports: [AuthService, SecondFactorService, SingleSignOnService],
})
export class AccountsModule {}
