import { Module } from '@nestjs/common';
import { AccountsModule } from '@wobdesk/accounts';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { DemoSeeder } from './demo-seeder.js';

/** The demo's seeding: an organisation, its users and example requests from the seed file. */
@Module({
  imports: [PersistenceModule, RegisterModule, AccountsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
