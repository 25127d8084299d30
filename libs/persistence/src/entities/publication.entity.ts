import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A decision scheduled for publication (Woo art. 3.3 lid 2 sub i): one row per request. Due rows
 * are found by `publish_on` while `published_at` is empty; the public section reads rows that are
 * published and not withdrawn. The inventory is a snapshot taken when it was scheduled, so the
 * public copy never changes after publication.
 */
@Entity('publication')
@Index('IDX_publication_due', ['publishedAt', 'publishOn'])
@Index('IDX_publication_public', ['organisationId', 'publishedAt', 'requestId'])
@Index('IDX_publication_slug', ['slug'], { unique: true })
export class PublicationEntity {
  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  /** The public address part: the request's reference, lower case ("woo-2026-12"). */
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  /** The official title of the decision as published. */
  @Column({ type: 'text' })
  title: string;

  /** The day it becomes public (YYYY-MM-DD, Europe/Amsterdam). */
  @Column({ name: 'publish_on', type: 'varchar', length: 10 })
  publishOn: string;

  /** When the decision was adopted (vaststelling), as an xs:dateTime with its Amsterdam offset. */
  @Column({ name: 'adopted_at', type: 'varchar', length: 32 })
  adoptedAt: string;

  /** JSON array of the inventory rows as scheduled; null when the request has no documents. */
  @Column({ name: 'inventory_json', type: 'text', nullable: true })
  inventoryJson: string | null;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;
}
