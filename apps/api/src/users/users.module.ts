import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { MailModule } from '@wobdesk/mail';
import { PersistenceModule } from '@wobdesk/persistence';
import { UserAdministration } from './user-administration.service.js';
import { SetPasswordController, UsersController } from './users.controller.js';

/** The organisation's users as its coordinators run them, and setting a password by link. */
@Module({
  imports: [PersistenceModule, ClockModule, MailModule],
  controllers: [UsersController, SetPasswordController],
  providers: [UserAdministration],
  exports: [UserAdministration],
})
export class UsersModule {}
