import { Module } from '@nestjs/common';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { RequestActionsController } from './request-actions.controller.js';
import { RequestsController } from './requests.controller.js';
import { StatusLinks } from './status-links.js';

@Module({
  imports: [RegisterBindingsModule],
  controllers: [RequestsController, RequestActionsController],
  providers: [StatusLinks],
})
export class RequestsModule {}
