import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { AuthService } from './auth.service.js';
import { SecondFactorService } from './second-factor.service.js';

/** The users of an organisation and their sessions. Needs `ConfigModule` (global). */
@Module({
  imports: [PersistenceModule, ClockModule],
  providers: [AuthService, SecondFactorService],
  exports: [AuthService, SecondFactorService],
})
export class AccountsModule {}
