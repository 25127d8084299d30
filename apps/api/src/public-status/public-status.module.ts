import { Module } from '@nestjs/common';
import { PublicStatusServicesModule } from '@wobdesk/public-status';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { PublicStatusController } from './public-status.controller.js';

@Module({
  // PublicStatusServicesModule: the controller reads PublicStatusService.lookupPage (view, letters and the
  // memoised body, cached together) beyond the contract's `PublicStatus.lookup`.
  imports: [RegisterBindingsModule, PublicStatusServicesModule],
  controllers: [PublicStatusController],
})
export class PublicStatusModule {}
