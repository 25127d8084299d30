export {
  type PublicDocuments,
  type PublicInventoryRow,
  type PublicPublication,
  type PublicStatus,
  type PublicStatusView,
} from './public-status.contract.js';
export {
  PublicStatusCache,
  type PublicStatusPage,
  STATUS_CACHE_TTL_MS,
} from './public-status-cache.js';
export { PublicStatusServicesModule } from './public-status-services.module.js';
export { PublicStatusService, toPublicView } from './public-status.service.js';
export { PublicSubmissionService } from './public-submission.service.js';
export { StatusCodeLookup } from './status-code-lookup.service.js';
export { isOnPublicTimeline, NOT_ON_PUBLIC_TIMELINE } from './public-timeline.js';
