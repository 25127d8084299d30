import { CONVERSATION_CHANNELS } from '@wobdesk/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { inList } from '../stored-values.js';
import { RequestEntity } from './request.entity.js';

/** A conversation with the requester on scope and planning (Woo art. 4.1 lid 5, 8.3 lid 4). */
@Entity('conversation_record')
@Check('CHK_conversation_record_channel', inList('channel', CONVERSATION_CHANNELS))
@Index('IDX_conversation_record_request', ['requestId', 'occurredOn'])
export class ConversationRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @ManyToOne(() => RequestEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<RequestEntity>;

  @Column({ name: 'occurred_on', type: 'varchar', length: 10 })
  occurredOn: string;

  @Column({ type: 'varchar', length: 16 })
  channel: (typeof CONVERSATION_CHANNELS)[number];

  /** JSON array of names or roles. */
  @Column({ type: 'text' })
  participants: string;

  /** JSON array of the summary's points, in order. */
  @Column({ name: 'summary_points', type: 'text' })
  summaryPoints: string;

  /** When the written summary went to the requester ('YYYY-MM-DD'), if it did. */
  @Column({ name: 'summary_sent_on', type: 'varchar', length: 10, nullable: true })
  summarySentOn: string | null;
}
