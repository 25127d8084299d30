import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { AuthService } from './auth.service.js';

/** The users of an organisation and their sessions. Needs `ConfigModule` (global). */
@Module({
  imports: [PersistenceModule, ClockModule],
  providers: [AuthService],
  exports: [AuthService],
})
export class AccountsModule {}
