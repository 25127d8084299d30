import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { InventoryController } from './inventory.controller.js';
import { RequestInventory } from './request-inventory.service.js';

/** The inventory as output: the spreadsheet out and back in, the outcomes it proposes. */
@Module({
  imports: [PersistenceModule, RegisterModule],
  controllers: [InventoryController],
  providers: [RequestInventory],
  exports: [RequestInventory],
})
export class InventoryApiModule {}
