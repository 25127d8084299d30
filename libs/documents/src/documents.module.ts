import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { DocumentAssessments } from './document-assessments.js';
import { DocumentRedactions } from './document-redactions.js';
import { DocumentReleases } from './document-releases.js';
import { ProvisionalMeasures } from './provisional-measures.js';
import { DocumentThirdParties } from './document-third-parties.js';
import { DuplicateProposals } from './duplicate-proposals.js';
import { OfficeConversions } from './office-conversions.js';
import { RequestDocuments } from './request-documents.js';

/** The documents of requests. Needs `ConfigModule` (global) in the importing application. */
@Module({
  imports: [PersistenceModule, RegisterModule, ClockModule],
  providers: [
    RequestDocuments,
    DocumentAssessments,
    DuplicateProposals,
    DocumentThirdParties,
    DocumentRedactions,
    DocumentReleases,
    ProvisionalMeasures,
    OfficeConversions,
  ],
  exports: [
    RequestDocuments,
    DocumentAssessments,
    DuplicateProposals,
    DocumentThirdParties,
    DocumentRedactions,
    DocumentReleases,
    ProvisionalMeasures,
    OfficeConversions,
  ],
})
export class DocumentsModule {}
