// In-memory fakes of the persistence ports and factories of normal records, for the unit tests
// of the use cases. Test code only: lint refuses this library in production code.
export { shippedCalendar } from './calendar.js';
export {
  aClerk,
  aCoordinator,
  anOrganisation,
  aRequest,
  type RequestFacts,
  storeRequest,
  type StoredRequest,
} from './factories.js';
export { InMemoryLetterRepository } from './in-memory-letters.js';
export { InMemoryOutboxRepository } from './in-memory-outbox.js';
export { InMemoryOrganisationRepository, InMemoryUserRepository } from './in-memory-people.js';
export { InMemoryRequestRepository } from './in-memory-requests.js';
export { InMemoryUnitOfWork } from './in-memory-unit-of-work.js';
