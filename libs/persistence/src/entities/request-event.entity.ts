import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { RequestEntity } from './request.entity.js';
import { UserEntity } from './user.entity.js';

/**
 * The append-only history of a request: the domain's events (the state is their fold) and the
 * workflow's own records (assignment, status tokens, conversation and decision details), which
 * the fold skips by type. Never updated or deleted by the application.
 */
@Entity('request_event')
@Unique('UQ_request_event_sequence', ['requestId', 'sequence'])
@Index('IDX_request_event_actor', ['actorId'])
// The management report counts an organisation's steps of one kind whose legal date lies in a
// period: one seek, no look-up of each event's request.
@Index('IDX_request_event_org_type_date', ['organisationId', 'type', 'occurredOn'])
export class RequestEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @ManyToOne(() => RequestEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<RequestEntity>;

  /**
   * The request's organisation, copied so the report counts an organisation's steps from this
   * table alone. Set on every append; nullable only because SQLite cannot add a NOT NULL column
   * to a filled table (the migration fills every existing row).
   */
  @Column({ name: 'organisation_id', type: 'varchar', length: 36, nullable: true })
  organisationId: string | null;

  /** 1, 2, 3 … per request, without gaps. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** The legal date of the event (LD-DATES), 'YYYY-MM-DD'. */
  @Column({ name: 'occurred_on', type: 'varchar', length: 10 })
  occurredOn: string;

  /** When it was recorded (instant). */
  @Column({ name: 'recorded_at', type: Date })
  recordedAt: Date;

  /** Who recorded it; null for the system (seeds, scheduled jobs). */
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor: Relation<UserEntity> | null;

  /** JSON object: the event's fields besides `type` and `occurredOn`. */
  @Column({ type: 'text' })
  payload: string;
}
