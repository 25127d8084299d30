import type {
  DocumentDuplicateRepositoryPort,
  DocumentRepositoryPort,
  DocumentThirdPartyRepositoryPort,
  DocumentRedactionRepositoryPort,
  DocumentReleaseRepositoryPort,
  LeaseRepositoryPort,
  OutboxOperationsPort,
  PublicationRepositoryPort,
  OfficeConversionRepositoryPort,
  ReminderRepositoryPort,
  RequesterDataPort,
} from '@wobdesk/persistence';
import { notImplemented } from './stores.js';

/** The reminder sweep's reads are range queries over indexes: tested on a real database only. */
export class UnimplementedReminderRepository implements ReminderRepositoryPort {
  findDue(): never {
    return notImplemented('ReminderRepositoryPort.findDue');
  }
  oldestDate(): never {
    return notImplemented('ReminderRepositoryPort.oldestDate');
  }
  digestCandidates(): never {
    return notImplemented('ReminderRepositoryPort.digestCandidates');
  }
  watermark(): never {
    return notImplemented('ReminderRepositoryPort.watermark');
  }
  writeWatermark(): never {
    return notImplemented('ReminderRepositoryPort.writeWatermark');
  }
}

/** The outbox and scheduler pages and the purge: tested on a real database only. */
export class UnimplementedOutboxOperations implements OutboxOperationsPort {
  queue(): never {
    return notImplemented('OutboxOperationsPort.queue');
  }
  counts(): never {
    return notImplemented('OutboxOperationsPort.counts');
  }
  resend(): never {
    return notImplemented('OutboxOperationsPort.resend');
  }
  purgeSent(): never {
    return notImplemented('OutboxOperationsPort.purgeSent');
  }
  lastRun(): never {
    return notImplemented('OutboxOperationsPort.lastRun');
  }
  recordRun(): never {
    return notImplemented('OutboxOperationsPort.recordRun');
  }
  leaseHolder(): never {
    return notImplemented('OutboxOperationsPort.leaseHolder');
  }
}

/** Scheduler leases are about several processes: tested on a real database only. */
export class UnimplementedLeaseRepository implements LeaseRepositoryPort {
  acquire(): never {
    return notImplemented('LeaseRepositoryPort.acquire');
  }
  renew(): never {
    return notImplemented('LeaseRepositoryPort.renew');
  }
  release(): never {
    return notImplemented('LeaseRepositoryPort.release');
  }
}

/**
 * Documents come with files on disk and poppler: tested on a real database and store only. The
 * letters read the (empty) inventory, so that one read answers.
 */
export class UnimplementedDocumentRepository implements DocumentRepositoryPort {
  nextNumber(): never {
    return notImplemented('DocumentRepositoryPort.nextNumber');
  }
  insertAll(): never {
    return notImplemented('DocumentRepositoryPort.insertAll');
  }
  summaries(): never {
    return notImplemented('DocumentRepositoryPort.summaries');
  }
  findByNumber(): never {
    return notImplemented('DocumentRepositoryPort.findByNumber');
  }
  isReferenced(): never {
    return notImplemented('DocumentRepositoryPort.isReferenced');
  }
  findByIds(): never {
    return notImplemented('DocumentRepositoryPort.findByIds');
  }
  findByNumbers(): never {
    return notImplemented('DocumentRepositoryPort.findByNumbers');
  }
  copiesOf(): never {
    return notImplemented('DocumentRepositoryPort.copiesOf');
  }
  inventory(): never {
    return notImplemented('DocumentRepositoryPort.inventory');
  }
  numbersMatching(): never {
    return notImplemented('DocumentRepositoryPort.numbersMatching');
  }
  assess(): never {
    return notImplemented('DocumentRepositoryPort.assess');
  }
  describe(): never {
    return notImplemented('DocumentRepositoryPort.describe');
  }
  setItems(): never {
    return notImplemented('DocumentRepositoryPort.setItems');
  }
  itemsOf(): never {
    return notImplemented('DocumentRepositoryPort.itemsOf');
  }
  /** The fake takes no documents in (`insertAll` is not in it), so every inventory is empty. */
  inventoryRows(): Promise<never[]> {
    return Promise.resolve([]);
  }
  applyAssessments(): never {
    return notImplemented('DocumentRepositoryPort.applyAssessments');
  }
}

/** Duplicates are found among stored documents: tested on a real database only. */
export class UnimplementedDocumentDuplicateRepository implements DocumentDuplicateRepositoryPort {
  lowestWithHashes(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.lowestWithHashes');
  }
  signatureCandidates(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.signatureCandidates');
  }
  insertSignature(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.insertSignature');
  }
  mailsInThreads(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.mailsInThreads');
  }
  insertProposals(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.insertProposals');
  }
  proposals(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.proposals');
  }
  findProposal(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.findProposal');
  }
  decide(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.decide');
  }
  setDuplicateOf(): never {
    return notImplemented('DocumentDuplicateRepositoryPort.setDuplicateOf');
  }
}

/** Third parties belong to stored documents: tested on a real database only. */
export class UnimplementedDocumentThirdPartyRepository implements DocumentThirdPartyRepositoryPort {
  ofDocuments(): never {
    return notImplemented('DocumentThirdPartyRepositoryPort.ofDocuments');
  }
  ofRequest(): never {
    return notImplemented('DocumentThirdPartyRepositoryPort.ofRequest');
  }
  insert(): never {
    return notImplemented('DocumentThirdPartyRepositoryPort.insert');
  }
  remove(): never {
    return notImplemented('DocumentThirdPartyRepositoryPort.remove');
  }
  recordView(): never {
    return notImplemented('DocumentThirdPartyRepositoryPort.recordView');
  }
  markAsked(): never {
    return notImplemented('DocumentThirdPartyRepositoryPort.markAsked');
  }
}

/** Redaction marks belong to stored documents: tested on a real database only. */
export class UnimplementedDocumentRedactionRepository implements DocumentRedactionRepositoryPort {
  ofDocument(): never {
    return notImplemented('DocumentRedactionRepositoryPort.ofDocument');
  }
  ofDocuments(): never {
    return notImplemented('DocumentRedactionRepositoryPort.ofDocuments');
  }
  add(): never {
    return notImplemented('DocumentRedactionRepositoryPort.add');
  }
  remove(): never {
    return notImplemented('DocumentRedactionRepositoryPort.remove');
  }
  removeTerm(): never {
    return notImplemented('DocumentRedactionRepositoryPort.removeTerm');
  }
}

/** A release is made of stored documents' files: tested on a real database only. */
export class UnimplementedDocumentReleaseRepository implements DocumentReleaseRepositoryPort {
  ofRequest(): never {
    return notImplemented('DocumentReleaseRepositoryPort.ofRequest');
  }
  find(): never {
    return notImplemented('DocumentReleaseRepositoryPort.find');
  }
  replace(): never {
    return notImplemented('DocumentReleaseRepositoryPort.replace');
  }
}

/** Publications are tested on a real database (their sitemaps page with SQL). */
export class UnimplementedPublicationRepository implements PublicationRepositoryPort {
  find(): never {
    return notImplemented('PublicationRepositoryPort.find');
  }
  save(): never {
    return notImplemented('PublicationRepositoryPort.save');
  }
  addDocuments(): never {
    return notImplemented('PublicationRepositoryPort.addDocuments');
  }
  removeUnpublishedDocuments(): never {
    return notImplemented('PublicationRepositoryPort.removeUnpublishedDocuments');
  }
  documentsOf(): never {
    return notImplemented('PublicationRepositoryPort.documentsOf');
  }
  due(): never {
    return notImplemented('PublicationRepositoryPort.due');
  }
  markPublished(): never {
    return notImplemented('PublicationRepositoryPort.markPublished');
  }
  markWithdrawn(): never {
    return notImplemented('PublicationRepositoryPort.markWithdrawn');
  }
  publicPage(): never {
    return notImplemented('PublicationRepositoryPort.publicPage');
  }
  findPublished(): never {
    return notImplemented('PublicationRepositoryPort.findPublished');
  }
  publicDocumentsBetween(): never {
    return notImplemented('PublicationRepositoryPort.publicDocumentsBetween');
  }
  sitemapBlocks(): never {
    return notImplemented('PublicationRepositoryPort.sitemapBlocks');
  }
  publicationsOf(): never {
    return notImplemented('PublicationRepositoryPort.publicationsOf');
  }
  publicDocumentsOf(): never {
    return notImplemented('PublicationRepositoryPort.publicDocumentsOf');
  }
  countPublicDocuments(): never {
    return notImplemented('PublicationRepositoryPort.countPublicDocuments');
  }
}

/** The conversion queue claims across processes: tested on a real database only. */
export class UnimplementedOfficeConversionRepository implements OfficeConversionRepositoryPort {
  claimDue(): never {
    return notImplemented('OfficeConversionRepositoryPort.claimDue');
  }
  settle(): never {
    return notImplemented('OfficeConversionRepositoryPort.settle');
  }
  requeue(): never {
    return notImplemented('OfficeConversionRepositoryPort.requeue');
  }
  pendingCount(): never {
    return notImplemented('OfficeConversionRepositoryPort.pendingCount');
  }
}

/** Anonymising and exporting reach across many tables: tested on a real database only. */
export class UnimplementedRequesterData implements RequesterDataPort {
  held(): never {
    return notImplemented('RequesterDataPort.held');
  }
  lastStepOn(): never {
    return notImplemented('RequesterDataPort.lastStepOn');
  }
  anonymisedOn(): never {
    return notImplemented('RequesterDataPort.anonymisedOn');
  }
  requestsOfRequester(): never {
    return notImplemented('RequesterDataPort.requestsOfRequester');
  }
  exportOf(): never {
    return notImplemented('RequesterDataPort.exportOf');
  }
  anonymise(): never {
    return notImplemented('RequesterDataPort.anonymise');
  }
}
