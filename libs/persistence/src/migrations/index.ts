import { HolidayCalendar1764000000000 } from './1764000000000-HolidayCalendar.js';
import { RequestRegister1795612495288 } from './1795612495288-RequestRegister.js';
import { Letters1796000000000 } from './1796000000000-Letters.js';
import { RequestListIndexes1797000000000 } from './1797000000000-RequestListIndexes.js';
import { StatusTokenGeneration1797500000000 } from './1797500000000-StatusTokenGeneration.js';
import { LetterSending1798000000000 } from './1798000000000-LetterSending.js';
import { Outbox1799000000000 } from './1799000000000-Outbox.js';
import { Reminders1799500000000 } from './1799500000000-Reminders.js';
import { SignatoryPosition1799700000000 } from './1799700000000-SignatoryPosition.js';
import { DecisionOutcomes1800100000000 } from './1800100000000-DecisionOutcomes.js';
import { LateDecisionApology1800200000000 } from './1800200000000-LateDecisionApology.js';
import { OrganisationLetterSettings1800300000000 } from './1800300000000-OrganisationLetterSettings.js';
import { NonHandlingDeadline1800500000000 } from './1800500000000-NonHandlingDeadline.js';
import { Documents1800600000000 } from './1800600000000-Documents.js';
import { DocumentAssessment1800700000000 } from './1800700000000-DocumentAssessment.js';
import { RequesterKind1800800000000 } from './1800800000000-RequesterKind.js';
import { DocumentDuplicates1800900000000 } from './1800900000000-DocumentDuplicates.js';
import { DocumentSearch1800950000000 } from './1800950000000-DocumentSearch.js';
import { DocumentRenditions1801100000000 } from './1801100000000-DocumentRenditions.js';
import { DocumentCopiesIndex1801200000000 } from './1801200000000-DocumentCopiesIndex.js';
import { DocumentThirdParties1801300000000 } from './1801300000000-DocumentThirdParties.js';
import { DocumentRedactions1801400000000 } from './1801400000000-DocumentRedactions.js';
import { ObjectionProcedure1802200000000 } from './1802200000000-ObjectionProcedure.js';
import { RedactionSettings1802400000000 } from './1802400000000-RedactionSettings.js';
import { OrganisationBranding1802500000000 } from './1802500000000-OrganisationBranding.js';
import { ReportIndexes1802600000000 } from './1802600000000-ReportIndexes.js';
import { DocumentSearchPostgres1802660000000 } from './1802660000000-DocumentSearchPostgres.js';
import { UserAdministration1802700000000 } from './1802700000000-UserAdministration.js';
import { Publication1801600000000 } from './1801600000000-Publication.js';
import { DocumentReleases1801800000000 } from './1801800000000-DocumentReleases.js';
import { CalendarFeeds1802100000000 } from './1802100000000-CalendarFeeds.js';
import { OfficeConversionQueue1801700000000 } from './1801700000000-OfficeConversionQueue.js';
import { ReportColumns1802000000000 } from './1802000000000-ReportColumns.js';
import { OutboxOperations1802800000000 } from './1802800000000-OutboxOperations.js';
import { SecondFactor1803100000000 } from './1803100000000-SecondFactor.js';
import { SessionActivity1803200000000 } from './1803200000000-SessionActivity.js';
import { SingleSignOn1803300000000 } from './1803300000000-SingleSignOn.js';
import { ReadAudit1803400000000 } from './1803400000000-ReadAudit.js';
import { RequesterPrivacy1803500000000 } from './1803500000000-RequesterPrivacy.js';
import { PendingDeadlineIndex1803600000000 } from './1803600000000-PendingDeadlineIndex.js';

/**
 * Every migration, in order, as classes (no globs). To add one: change the entities, then
 *   npx nest build persistence
 *   export DATABASE_PATH=$(mktemp -d)/gen.sqlite D=dist/libs/persistence/libs/persistence/src/data-source.js
 *   npx typeorm migration:run -d $D && npx typeorm migration:generate -d $D libs/persistence/src/migrations/Name
 * review the file (keep it portable to PostgreSQL), and append the class here.
 */
export const MIGRATIONS = [
  HolidayCalendar1764000000000,
  RequestRegister1795612495288,
  Letters1796000000000,
  RequestListIndexes1797000000000,
  StatusTokenGeneration1797500000000,
  LetterSending1798000000000,
  Outbox1799000000000,
  Reminders1799500000000,
  SignatoryPosition1799700000000,
  DecisionOutcomes1800100000000,
  LateDecisionApology1800200000000,
  OrganisationLetterSettings1800300000000,
  NonHandlingDeadline1800500000000,
  Documents1800600000000,
  DocumentAssessment1800700000000,
  RequesterKind1800800000000,
  DocumentDuplicates1800900000000,
  DocumentSearch1800950000000,
  DocumentRenditions1801100000000,
  DocumentCopiesIndex1801200000000,
  DocumentThirdParties1801300000000,
  DocumentRedactions1801400000000,
  Publication1801600000000,
  OfficeConversionQueue1801700000000,
  DocumentReleases1801800000000,
  ReportColumns1802000000000,
  CalendarFeeds1802100000000,
  ObjectionProcedure1802200000000,
  RedactionSettings1802400000000,
  OrganisationBranding1802500000000,
  ReportIndexes1802600000000,
  DocumentSearchPostgres1802660000000,
  UserAdministration1802700000000,
  OutboxOperations1802800000000,
  SecondFactor1803100000000,
  SessionActivity1803200000000,
  SingleSignOn1803300000000,
  ReadAudit1803400000000,
  RequesterPrivacy1803500000000,
  PendingDeadlineIndex1803600000000,
];
