import { Module } from '@nestjs/common';
import { RegisterModule } from '@wobdesk/register';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { ReadAuditModule } from '../read-audit/read-audit.module.js';
import { RequestActionsController } from './request-actions.controller.js';
import { RequesterDataController } from './requester-data.controller.js';
import { RequestsController } from './requests.controller.js';
import { StatusLinkResponses } from './status-links.js';

@Module({
  // RegisterModule for StatusLinks: links are made by the same rule for the API, letters and mail.
  imports: [RegisterBindingsModule, RegisterModule, ReadAuditModule],
  controllers: [RequestsController, RequestActionsController, RequesterDataController],
  providers: [StatusLinkResponses],
})
export class RequestsModule {}
