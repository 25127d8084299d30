import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One view or export of requesters' personal data by a clerk: who, when, what, and of which
 * request. Append-only, apart from the purge after the retention period; kept apart from the
 * request's event stream so a read never raises a request's version.
 */
@Entity('read_audit')
@Index('IDX_read_audit_organisation_time', ['organisationId', 'readAt'])
@Index('IDX_read_audit_request_time', ['requestId', 'readAt'])
export class ReadAuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** The name at the time of the read, so the log stays readable after a rename or removal. */
  @Column({ name: 'user_name', type: 'varchar', length: 200 })
  userName: string;

  @Column({ name: 'read_at', type: Date })
  readAt: Date;

  /** What was read, e.g. `request.page`, `letter.pdf`, `request.list`. */
  @Column({ type: 'varchar', length: 40 })
  what: string;

  /** Null for a read of many requests (a list, an export); their ids are in `detail`. */
  @Column({ name: 'request_id', type: 'varchar', length: 36, nullable: true })
  requestId: string | null;

  /** What exactly: a letter's or document's id, the ids a list showed, an export's filter. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;
}
