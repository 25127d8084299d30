import { Module } from '@nestjs/common';
import { WorkflowModule } from '@wobdesk/workflow';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { PublicStatusController } from './public-status.controller.js';

@Module({
  // WorkflowModule: the controller reads PublicStatusService.lookupPage (view, letters and the
  // memoised body, cached together) beyond the contract's `PublicStatus.lookup`.
  imports: [RegisterBindingsModule, WorkflowModule],
  controllers: [PublicStatusController],
})
export class PublicStatusModule {}
