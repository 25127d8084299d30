import { Module } from '@nestjs/common';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { PublicStatusCache } from './public-status-cache.js';
import { PublicStatusService } from './public-status.service.js';
import { PublicSubmissionService } from './public-submission.service.js';
import { StatusCodeLookup } from './status-code-lookup.service.js';

/**
 * What the requester sees and sends without an account: the status behind a token (cached,
 * dropped on every change of the request), the way in with kenmerk and code, and the public
 * request form.
 */
@Module({
  imports: [PersistenceModule, RegisterModule],
  providers: [PublicStatusCache, PublicStatusService, PublicSubmissionService, StatusCodeLookup],
  exports: [PublicStatusCache, PublicStatusService, PublicSubmissionService, StatusCodeLookup],
})
export class PublicStatusServicesModule {}
