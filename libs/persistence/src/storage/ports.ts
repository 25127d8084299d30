// The repository ports: plain TypeScript interfaces, implemented on TypeORM in this library
// (typeorm-*.ts) and open to in-memory fakes for fast tests of the use cases. Every method runs
// inside the transaction or read that handed out the repositories (`UnitOfWork`).
import type { DocumentAssessment, ReminderColumn, RequestPhase } from '@wobdesk/domain';
import type { RequestListFilter, RequestListRow } from '../repositories/request-list.query.js';
import type { Recipient, SweepRow, SweepSelection } from '../repositories/reminder-sweep.query.js';
import type { DocumentDuplicateRepositoryPort } from './typeorm-document-duplicates.js';
import type { DocumentThirdPartyRepositoryPort } from './typeorm-document-third-parties.js';
import type { DocumentRedactionRepositoryPort } from './typeorm-document-redactions.js';
import type { DocumentReleaseRepositoryPort } from './typeorm-document-releases.js';
import type { OutboxOperationsPort } from './typeorm-outbox-operations.js';
import type { PublicationRepositoryPort } from './typeorm-publications.js';
import type {
  ConversationRecord,
  DocumentItemRecord,
  DocumentAssessmentUpdate,
  DocumentInventoryRecord,
  DocumentRecord,
  DocumentSummary,
  LetterRecord,
  LetterSummary,
  OrganisationRecord,
  OutboxMessage,
  RequestItemRecord,
  RequestRecord,
  UserRecord,
} from './records.js';
import type { OfficeConversionRepositoryPort } from './typeorm-office-conversions.js';
import type { RequesterDataPort } from './typeorm-requester-data.js';

/** An event as read back, with the name of the user who recorded it. */
export interface StoredRequestEvent {
  readonly sequence: number;
  readonly type: string;
  readonly occurredOn: string;
  readonly recordedAt: Date;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly payload: Record<string, unknown>;
}

/** An event to append; its sequence number is given by `appendEvents`. */
export interface NewRequestEvent {
  readonly type: string;
  readonly occurredOn: string;
  readonly payload: Record<string, unknown>;
}

/** Why `claimForChange` found nothing to change. */
export type ClaimResult = 'claimed' | 'not_found' | 'stale_version';

/** A decided item's outcome as stored. */
export type ItemOutcome = Pick<
  RequestItemRecord,
  'outcome' | 'grounds' | 'remarks' | 'weighing' | 'whereAvailable' | 'answeredWith'
>;

/**
 * Requests, their items, conversations and event log. Every lookup of a request by id is scoped
 * by organisation: another organisation's request does not exist here.
 */
export interface RequestRepositoryPort {
  /**
   * The first statement of a change: increments the version (the optimistic lock), so the write
   * lock is taken before anything is read. With `expectedVersion` only that version is claimed.
   */
  claimForChange(
    organisationId: string,
    id: string,
    expectedVersion: number | undefined,
    now: Date,
  ): Promise<ClaimResult>;
  /** The organisation's next reference (kenmerk), reserved by a write; undefined for no such organisation. */
  reserveReference(organisationId: string): Promise<string | undefined>;
  find(organisationId: string, id: string): Promise<RequestRecord | null>;
  /** The request whose status token has this hash, in any organisation (the token is the key). */
  findByStatusTokenHash(tokenHash: string): Promise<RequestRecord | null>;
  /** The organisation's request with this reference (kenmerk), which is unique within it. */
  findByReference(organisationId: string, reference: string): Promise<RequestRecord | null>;
  existsWithSubject(organisationId: string, subject: string): Promise<boolean>;
  /** Requests of the public form received on `receivedOn` with this e-mail address (any case). */
  countWebFormSubmissions(
    organisationId: string,
    email: string,
    receivedOn: string,
  ): Promise<number>;
  insert(request: RequestRecord, items: readonly string[]): Promise<void>;
  /** Rewrites stored columns (the projection of the events, and the like). */
  updateColumns(id: string, columns: Partial<RequestRecord>): Promise<void>;
  items(requestId: string): Promise<RequestItemRecord[]>;
  recordItemOutcome(requestId: string, number: number, outcome: ItemOutcome): Promise<void>;
  conversations(requestId: string): Promise<ConversationRecord[]>;
  addConversation(conversation: ConversationRecord): Promise<void>;
  /** The event log in order, with the recording user's name (null for the system). */
  events(requestId: string): Promise<StoredRequestEvent[]>;
  /** Appends events after `lastSequence`; the unique (request, sequence) key rejects a gap race. */
  appendEvents(
    requestId: string,
    lastSequence: number,
    events: readonly NewRequestEvent[],
    actorId: string | null,
    recordedAt: Date,
  ): Promise<void>;
  /** One page of an organisation's list, with the total. */
  list(filter: RequestListFilter): Promise<{ rows: RequestListRow[]; total: number }>;
}

/** A letter's sending state: what sending it checks. */
/** What sending needs of a letter: the warnings stored at generation decide whether it may go. */
export type LetterSendingState = Pick<
  LetterRecord,
  'id' | 'kind' | 'letterDate' | 'sentOn' | 'warnings'
>;

/** Where a letter is looked up: by id, optionally within an organisation and a request. */
export interface LetterScope {
  readonly id: string;
  readonly organisationId?: string;
  readonly requestId?: string;
}

/** Stored letters: insert-only, apart from the sending stamp that is set once. */
export interface LetterRepositoryPort {
  insert(letter: LetterRecord): Promise<void>;
  find(scope: LetterScope): Promise<LetterRecord | null>;
  /** The letters of a request without HTML and PDF, oldest first. */
  summaries(organisationId: string, requestId: string): Promise<LetterSummary[]>;
  sendingState(scope: Required<LetterScope>): Promise<LetterSendingState | null>;
  /** The request's letters of one kind, newest first. */
  sendingStatesOfKind(
    organisationId: string,
    requestId: string,
    kind: string,
  ): Promise<LetterSendingState[]>;
  /** Sets the sending stamp unless it is set (a conditional update); false when it was. */
  stampSent(id: string, sentOn: string, sentAt: Date, sentBy: string): Promise<boolean>;
  /** The PDFs of these letters of the organisation, for attaching them to an e-mail. */
  pdfs(
    organisationId: string,
    ids: readonly string[],
  ): Promise<Pick<LetterRecord, 'id' | 'kind' | 'pdfBase64' | 'sentOn' | 'letterDate'>[]>;
}

export interface OrganisationRepositoryPort {
  find(id: string): Promise<OrganisationRecord | null>;
  /** Names by id, for the given ids (unknown ids are left out). */
  names(ids: readonly string[]): Promise<Map<string, string>>;
}

export interface UserRepositoryPort {
  find(id: string): Promise<UserRecord | null>;
  /** A user of the organisation; null for unknown ids and other organisations. */
  findInOrganisation(organisationId: string, userId: string): Promise<UserRecord | null>;
  coordinators(organisationId: string): Promise<Pick<UserRecord, 'email' | 'name'>[]>;
  /** The users of an organisation by name: the people a request can be assigned to. */
  colleagues(organisationId: string): Promise<Pick<UserRecord, 'id' | 'name'>[]>;
  /** The organisations that have at least one coordinator. */
  organisationsWithCoordinator(): Promise<string[]>;
  /** The users by id, and the coordinators per organisation, as reminder recipients. */
  recipients(
    userIds: readonly string[],
    organisationIds: readonly string[],
  ): Promise<{ users: Map<string, Recipient>; coordinators: Map<string, Recipient[]> }>;
}

/** A message to queue: everything but the sender's bookkeeping. */
export type NewOutboxMessage = Pick<
  OutboxMessage,
  | 'id'
  | 'dedupeKey'
  | 'organisationId'
  | 'requestId'
  | 'kind'
  | 'recipientEmail'
  | 'recipientName'
  | 'template'
  | 'context'
  | 'attachLetterIds'
  | 'createdAt'
>;

/** What a sender records about a message it tried; always conditional on holding its lease. */
export type OutboxOutcome = Partial<
  Pick<
    OutboxMessage,
    'state' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'lastFailure' | 'messageId' | 'sentAt'
  >
>;

/** Queued e-mail (the outbox) and the sender's leases on it. */
export interface OutboxRepositoryPort {
  /**
   * Inserts the message unless one with the same dedupe key exists; true when this call
   * inserted it. Called in the transaction of the event that caused the message.
   */
  queueOnce(message: NewOutboxMessage): Promise<boolean>;
  /** The keys among `keys` that are queued already. */
  existingKeys(keys: readonly string[]): Promise<Set<string>>;
  /** Leases up to `limit` due messages (pending and due, or with an expired lease) to `owner`. */
  leaseDue(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<void>;
  leasedTo(owner: string): Promise<OutboxMessage[]>;
  /** Extends the lease of a message `owner` still holds; false when it lost it. */
  renewLease(id: string, owner: string, leaseUntil: Date): Promise<boolean>;
  /** Records the outcome and drops the lease, if `owner` holds it; false when it did not. */
  settle(id: string, owner: string, outcome: OutboxOutcome): Promise<boolean>;
  /** Gives leased, untried messages back as they were. */
  release(ids: readonly string[], owner: string): Promise<void>;
}

/** A request due for a digest section, as the digest reads it. */
export interface DigestCandidate {
  readonly id: string;
  readonly reference: string;
  readonly subject: string;
  readonly assigneeId: string | null;
  /** The watched date ('YYYY-MM-DD'). */
  readonly date: string;
}

/** The reminder sweep's reads and its bookkeeping. */
export interface ReminderRepositoryPort {
  /** Requests matching one rule's ranges (indexed range queries). */
  findDue(selection: SweepSelection): Promise<SweepRow[]>;
  /** The oldest date in `column` among requests in `phases` (where overdue rules start). */
  oldestDate(column: ReminderColumn, phases: readonly RequestPhase[]): Promise<string | undefined>;
  /** The digest's sections of one organisation, each at most `limit` rows. */
  digestCandidates(
    organisationId: string,
    sections: {
      readonly undecidedPhases: readonly RequestPhase[];
      readonly dueWithin: { readonly from: string; readonly to: string };
      readonly overdueBefore: string;
      readonly closedBetween: { readonly from: string; readonly to: string };
      readonly limit: number;
    },
  ): Promise<{ due: DigestCandidate[]; overdue: DigestCandidate[]; closed: DigestCandidate[] }>;
  watermark(name: string): Promise<{ sweptThrough: string; digestOn: string | null } | null>;
  /** Insert or update by name. */
  writeWatermark(
    name: string,
    values: { sweptThrough: string; digestOn?: string; updatedAt: string },
  ): Promise<void>;
}

/** Scheduler leases across processes, taken and kept with conditional updates. */
export interface LeaseRepositoryPort {
  /** Takes the lease when free, expired or already `owner`'s; false otherwise. */
  acquire(name: string, owner: string, now: string, until: string): Promise<boolean>;
  renew(name: string, owner: string, until: string): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

/** The repositories bound to one transaction or read. */
/**
 * Which documents of a request the inventory shows: every criterion given must hold. The
 * repository turns it into one indexed query (SQLite: FTS5 for the text; PostgreSQL, later, a
 * tsvector), never a `LIKE '%…%'` scan.
 */
export interface InventoryFilter {
  /** An assessment, or 'unassessed' for the documents not assessed yet. */
  readonly assessment?: DocumentAssessment | 'unassessed';
  /** A ground code, e.g. "5.1.2.e". */
  readonly ground?: string;
  /** The number of an e-mail: it and its attachments. */
  readonly family?: number;
  readonly mediaType?: string;
  /** The number of a requested item the document answers. */
  readonly item?: number;
  /** Words that must all occur in the description or the extracted text; a word matches as a prefix. */
  readonly text?: string;
}

/** A page of the inventory, in the order of the documents' numbers. */
export interface InventoryPage {
  readonly offset: number;
  readonly limit: number;
}

/** The assessment of documents as stored; `grounds` as a list of ground codes. */
export interface StoredAssessment {
  readonly assessment: DocumentAssessment | null;
  readonly grounds: readonly string[];
  readonly assessmentReasoning: string | null;
  readonly publicLink: string | null;
  readonly assessedAt: Date;
  readonly assessedBy: string | null;
}

/**
 * The documents of requests: inserted at intake, then described and assessed by the clerk.
 * Callers scope by request after finding the request in their organisation.
 */
export interface DocumentRepositoryPort {
  /** The number the request's next document gets (1 for the first). */
  nextNumber(requestId: string): Promise<number>;
  /** Inserts the documents; the unique (request, number) key refuses a number given twice. */
  insertAll(documents: readonly DocumentRecord[]): Promise<void>;
  /** The request's documents without their text, by number. */
  summaries(requestId: string): Promise<DocumentSummary[]>;
  findByNumber(requestId: string, number: number): Promise<DocumentSummary | null>;
  /** Whether any document (of any request) refers to the stored file with this hash. */
  isReferenced(sha256: string): Promise<boolean>;
  /** The documents with these ids (any request), by number. */
  findByIds(ids: readonly string[]): Promise<DocumentSummary[]>;
  /** The request's documents listed under one of these documents (their copies), by number. */
  copiesOf(requestId: string, documentIds: readonly string[]): Promise<DocumentSummary[]>;
  /** The request's documents with these numbers, by number (unknown numbers are left out). */
  findByNumbers(requestId: string, numbers: readonly number[]): Promise<DocumentSummary[]>;
  /** One page of the request's documents that pass the filter, and how many pass it in all. */
  inventory(
    requestId: string,
    filter: InventoryFilter,
    page: InventoryPage,
  ): Promise<{ total: number; documents: DocumentSummary[] }>;
  /** The numbers of every document of the request that passes the filter (for a bulk action). */
  numbersMatching(requestId: string, filter: InventoryFilter): Promise<number[]>;
  /** Sets the assessment of these documents. */
  assess(documentIds: readonly string[], assessment: StoredAssessment): Promise<void>;
  /** Sets the description and date; the search index follows in the same transaction. */
  describe(
    documentId: string,
    details: Pick<DocumentRecord, 'description' | 'documentDate'>,
  ): Promise<void>;
  /** Replaces the requested items a document answers. */
  setItems(documentId: string, itemNumbers: readonly number[]): Promise<void>;
  /** The items the documents answer. */
  itemsOf(documentIds: readonly string[]): Promise<DocumentItemRecord[]>;

  // The inventory as output: the spreadsheet's export and import, the decision's annex.
  /** The request's documents with their assessments and the items they answer, by number. */
  inventoryRows(requestId: string): Promise<DocumentInventoryRecord[]>;
  /** Sets the assessment of the request's documents named by number (an import). */
  applyAssessments(
    requestId: string,
    assessments: readonly DocumentAssessmentUpdate[],
  ): Promise<void>;
}

export interface Repositories {
  readonly requests: RequestRepositoryPort;
  readonly documents: DocumentRepositoryPort;
  readonly duplicates: DocumentDuplicateRepositoryPort;
  readonly thirdParties: DocumentThirdPartyRepositoryPort;
  readonly redactions: DocumentRedactionRepositoryPort;
  readonly releases: DocumentReleaseRepositoryPort;
  readonly letters: LetterRepositoryPort;
  readonly organisations: OrganisationRepositoryPort;
  readonly users: UserRepositoryPort;
  readonly outbox: OutboxRepositoryPort;
  readonly outboxOperations: OutboxOperationsPort;
  readonly reminders: ReminderRepositoryPort;
  readonly leases: LeaseRepositoryPort;
  readonly publications: PublicationRepositoryPort;
  readonly conversions: OfficeConversionRepositoryPort;
  readonly requesterData: RequesterDataPort;
}

/**
 * Where use cases run their reads and writes. `transaction` is serialised per database (SQLite
 * has one connection) and must start with a write in a read-modify-write; `read` sees committed
 * data only. Do not open one from inside another: it would wait for itself.
 */
export interface UnitOfWorkPort {
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  read<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}
