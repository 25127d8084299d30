import {
  CHANNELS,
  REGIMES,
  REQUEST_PHASES,
  REQUESTER_KINDS,
  type ObjectionStage,
  type Regime,
  type RequesterKind,
  type RequestPhase,
} from '@wobdesk/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { inList } from '../stored-values.js';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';

const date = { type: 'varchar', length: 10 } as const;
const optionalDate = { ...date, nullable: true } as const;

/**
 * A Wob/Woo request. The phase and the deadline columns are a projection of the request's events
 * (`request_event`), rewritten in the transaction that appends an event, so that lists and
 * reminders read indexed columns and never replay events. Dates are 'YYYY-MM-DD' text: they
 * sort correctly and mean the same on SQLite and PostgreSQL.
 */
@Entity('request')
@Unique('UQ_request_organisation_reference', ['organisationId', 'reference'])
@Check('CHK_request_phase', inList('phase', REQUEST_PHASES))
@Check('CHK_request_regime', inList('regime', REGIMES))
@Check('CHK_request_channel', inList('channel', CHANNELS))
@Check('CHK_request_requester_kind', inList('requester_kind', REQUESTER_KINDS))
@Check('CHK_request_version', '"version" >= 1')
// List and reminder indexes. `id` ends the sort indexes because it breaks ties in the list's
// ORDER BY (stable pages); `suspended_since` ends the phase index so that counting overdue
// requests reads the index only.
@Index('IDX_request_org_phase_deadline', [
  'organisationId',
  'phase',
  'decisionDeadline',
  'suspendedSince',
])
@Index('IDX_request_org_deadline', ['organisationId', 'decisionDeadline', 'id'])
// PostgreSQL only: the same columns over the undecided requests (WHERE phase is pending), which
// serves the undecided lists in deadline order; made by PendingDeadlineIndex1803600000000. Named
// here, unsynchronised, so that the schema builder neither drops it on PostgreSQL nor wants it on
// SQLite (TypeORM's decorator cannot express the partial condition).
@Index('IDX_request_org_pending_deadline', { synchronize: false })
@Index('IDX_request_org_regime_deadline', ['organisationId', 'regime', 'decisionDeadline', 'id'])
@Index('IDX_request_org_search_text', ['organisationId', 'searchText'])
// The received-on index is also the management report's keyset: it carries the columns the
// report streams, so that reads the index only; the decided-on index ends with the id its join
// to items and documents needs.
@Index('IDX_request_org_received', [
  'organisationId',
  'receivedOn',
  'id',
  'decidedOn',
  'decisionDeadline',
  'suspendedDays',
  'phase',
  'assigneeId',
])
@Index('IDX_request_org_decided', ['organisationId', 'decidedOn', 'id'])
@Index('IDX_request_org_assignee_deadline', [
  'organisationId',
  'assigneeId',
  'decisionDeadline',
  'id',
])
@Index('IDX_request_org_objection_window', ['organisationId', 'objectionWindowEndsOn'])
@Index('IDX_request_org_updated', ['organisationId', 'updatedAt', 'id'])
@Index('IDX_request_status_token', ['statusTokenHash'], { unique: true })
// Reminder sweep indexes: phase first, then the watched date, so that each reminder
// rule is `phase IN (…) AND <date> BETWEEN …` over all organisations at once, an index range
// scan whose cost is the number of rows with a reminder due (libs/domain reminder-rules.ts).
@Index('IDX_request_sweep_decision', ['phase', 'decisionDeadline'])
@Index('IDX_request_sweep_first_term', ['phase', 'firstTermEnd'])
@Index('IDX_request_sweep_clarification', ['phase', 'clarificationDeadline'])
@Index('IDX_request_sweep_suspended_until', ['phase', 'suspendedUntil'])
@Index('IDX_request_sweep_suspension_ends', ['phase', 'suspensionEndsOn'])
@Index('IDX_request_sweep_disclosure', ['phase', 'disclosureDate'])
@Index('IDX_request_sweep_postal_receipt', ['phase', 'postalReceiptBy'])
@Index('IDX_request_sweep_objection_decision', ['phase', 'objectionDecisionDeadline'])
@Index('IDX_request_sweep_notice_of_default', ['phase', 'noticeOfDefaultTwoWeeksEnd'])
@Index('IDX_request_non_handling', ['phase', 'nonHandlingDecisionDeadline'])
@Index('IDX_request_sweep_hearing', ['phase', 'hearingOn'])
@Index('IDX_request_org_objection_stage', ['organisationId', 'objectionStage'])
@Index('IDX_request_org_appeal_window', ['organisationId', 'appealWindowEndsOn'])
@Index('IDX_request_org_notice_of_default', ['organisationId', 'noticeOfDefaultTwoWeeksEnd'])
export class RequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  /** Kenmerk: the organisation's prefix and number, unique within the organisation. */
  @Column({ type: 'varchar', length: 64 })
  reference: string;

  /** The term regime (LD-REGIME), as the `request_received` event fixed it. */
  @Column({ type: 'varchar', length: 8 })
  regime: Regime;

  @Column({ name: 'environmental_information', type: 'boolean' })
  environmentalInformation: boolean;

  @Column({ name: 'requester_name', type: 'text' })
  requesterName: string;

  /** A person or an organisation: the letters greet an organisation "Geacht bestuur,". */
  @Column({ name: 'requester_kind', type: 'varchar', length: 12, default: 'person' })
  requesterKind: RequesterKind;

  @Column({ name: 'requester_salutation', type: 'text', nullable: true })
  requesterSalutation: string | null;

  @Column({ name: 'requester_postal_address', type: 'text', nullable: true })
  requesterPostalAddress: string | null;

  @Column({ name: 'requester_email', type: 'text', nullable: true })
  requesterEmail: string | null;

  @Column({ name: 'requester_phone', type: 'text', nullable: true })
  requesterPhone: string | null;

  @Column({ name: 'letter_date', ...optionalDate })
  letterDate: string | null;

  @Column({ name: 'received_on', ...date })
  receivedOn: string;

  @Column({ type: 'varchar', length: 16 })
  channel: (typeof CHANNELS)[number];

  @Column({ type: 'text' })
  subject: string;

  /**
   * `requestSearchText(subject, requesterName)`, stored for the list's text filter (one LIKE over
   * one indexed column). Set by whoever inserts the row; subject and name never change after.
   */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Column({ name: 'their_reference', type: 'text', nullable: true })
  theirReference: string | null;

  @Column({ name: 'assignee_id', type: 'varchar', length: 36, nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee: Relation<UserEntity> | null;

  @Column({ type: 'varchar', length: 32 })
  phase: RequestPhase;

  /** Optimistic lock: incremented by every transaction that changes the request. */
  @Column({ type: 'integer' })
  version: number;

  /** Hex SHA-256 of the requester's status token; the token itself is never stored. */
  @Column({ name: 'status_token_hash', type: 'varchar', length: 64, nullable: true })
  statusTokenHash: string | null;

  @Column({ name: 'status_token_revoked_at', type: Date, nullable: true })
  statusTokenRevokedAt: Date | null;

  /**
   * How often the status token was issued: the token is derived from the request id and this
   * number (libs/register StatusLinks). 0 for a request without a derivable token.
   */
  @Column({ name: 'status_token_generation', type: 'integer', default: 0 })
  statusTokenGeneration: number;

  // The stored deadline columns: computeRequestDeadlines over the fold of the events.
  @Column({ name: 'decision_deadline', ...date })
  decisionDeadline: string;

  @Column({ name: 'first_term_end', ...date })
  firstTermEnd: string;

  @Column({ name: 'clarification_deadline', ...optionalDate })
  clarificationDeadline: string | null;

  /** Woo art. 4.1 lid 6 / Awb 4:5 lid 4: last day to make known a decision not to handle it. */
  @Column({ name: 'non_handling_decision_deadline', ...optionalDate })
  nonHandlingDecisionDeadline: string | null;

  @Column({ name: 'objection_window_ends_on', ...optionalDate })
  objectionWindowEndsOn: string | null;

  @Column({ name: 'postal_receipt_by', ...optionalDate })
  postalReceiptBy: string | null;

  @Column({ name: 'objection_decision_deadline', ...optionalDate })
  objectionDecisionDeadline: string | null;

  /** Where the objection stands (libs/domain objectionStage), for the dashboard's lists. */
  @Column({ name: 'objection_stage', type: 'varchar', length: 24, nullable: true })
  objectionStage: ObjectionStage | null;

  /** The planned hearing on the objection, only while it is still to be held (Awb 7:2). */
  @Column({ name: 'hearing_on', ...optionalDate })
  hearingOn: string | null;

  /** Awb 6:7: the last day for beroep against the decision on the objection. */
  @Column({ name: 'appeal_window_ends_on', ...optionalDate })
  appealWindowEndsOn: string | null;

  @Column({ name: 'disclosure_date', ...optionalDate })
  disclosureDate: string | null;

  @Column({ name: 'notice_of_default_two_weeks_end', ...optionalDate })
  noticeOfDefaultTwoWeeksEnd: string | null;

  @Column({ name: 'decided_on', ...optionalDate })
  decidedOn: string | null;

  @Column({ name: 'sent_on', ...optionalDate })
  sentOn: string | null;

  /**
   * The day a third party asked the court for a provisional measure (voorlopige voorziening, Awb
   * 8:81) against the disclosure, while it is pending: the requester's downloads and the
   * publication wait until it is ruled on or withdrawn. Set and cleared by recorded events.
   */
  @Column({ name: 'provisional_measure_since', ...optionalDate })
  provisionalMeasureSince: string | null;

  /** Last day of the open clarification or third-party-view suspension, while one is open. */
  @Column({ name: 'suspended_until', ...optionalDate })
  suspendedUntil: string | null;

  /**
   * First day of a running suspension of unknown length (Awb 4:15 lid 2 sub b/c). While set, the
   * stored decision deadline moves every day, so such a request is never listed as overdue.
   */
  @Column({ name: 'suspended_since', ...optionalDate })
  suspendedSince: string | null;

  /**
   * Last suspended day of the latest-ending suspension whose end must be notified to the
   * requester with the new date (Woo 4.4 lid 4: third-party view; Awb 4:15 lid 4: foreign
   * authority, requester delay, force majeure), ended or with a known end; while undecided.
   */
  @Column({ name: 'suspension_ends_on', ...optionalDate })
  suspensionEndsOn: string | null;

  /** When the extension was notified (Woo 4.4 lid 2): no extension reminder after it. */
  @Column({ name: 'extension_notified_on', ...optionalDate })
  extensionNotifiedOn: string | null;

  /** When clarification was first asked (Woo 4.1 lid 5): no clarification reminder after it. */
  @Column({ name: 'clarification_requested_on', ...optionalDate })
  clarificationRequestedOn: string | null;

  /**
   * Days the decision term was suspended, counted once each (the deadline engine's count), for
   * the management report's net durations. NULL only for a request stored before the column
   * existed that had a suspending step and has not changed since.
   */
  @Column({ name: 'suspended_days', type: 'integer', nullable: true })
  suspendedDays: number | null;

  @Column({ name: 'decided_late', type: 'boolean', nullable: true })
  decidedLate: boolean | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;

  /**
   * The day the requester's personal data was anonymised; null while it is held. Read and
   * written by the requester-data port only (not part of RequestRecord, so not read unless
   * selected by name).
   */
  @Column({ name: 'personal_data_anonymised_on', ...optionalDate, select: false })
  personalDataAnonymisedOn: string | null;
}

/** The stored search text of a request: subject and requester name, lower-cased. */
export function requestSearchText(subject: string, requesterName: string): string {
  return `${subject} ${requesterName}`.toLowerCase();
}
