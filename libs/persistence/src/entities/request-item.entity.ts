import { ITEM_OUTCOMES } from '@wobdesk/domain';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { inList } from '../stored-values.js';
import { RequestEntity } from './request.entity.js';

/** One numbered requested item ("1. Documenten over …") and, once decided, its outcome. */
@Entity('request_item')
@Check('CHK_request_item_outcome', `"outcome" IS NULL OR ${inList('outcome', ITEM_OUTCOMES)}`)
@Check('CHK_request_item_number', '"number" >= 1')
export class RequestItemEntity {
  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @ManyToOne(() => RequestEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<RequestEntity>;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: (typeof ITEM_OUTCOMES)[number] | null;

  /** JSON array of refusal grounds (article codes), e.g. ["5.1.2.e"]. */
  @Column({ type: 'text', nullable: true })
  grounds: string | null;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  /** The weighing of interests a relative ground requires (Woo art. 5.1 lid 3). */
  @Column({ type: 'text', nullable: true })
  weighing: string | null;

  /** Where information that is already public can be found (a text or a URL). */
  @Column({ name: 'where_available', type: 'text', nullable: true })
  whereAvailable: string | null;

  /** The item whose answer this item shares ("vragen 5 en 6"); null for its own answer. */
  @Column({ name: 'answered_with', type: 'integer', nullable: true })
  answeredWith: number | null;
}
