import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { inList } from '../stored-values.js';

/** What a published file is: the decision letter, its inventory, or a released document. */
export const PUBLISHED_DOCUMENT_KINDS = ['decision', 'inventory', 'document'] as const;
export type PublishedDocumentKind = (typeof PUBLISHED_DOCUMENT_KINDS)[number];

/**
 * One public file of a publication. The sitemaps page through all of them by `seq` (keyset), so
 * a sitemap never loads the table. The bytes are where `kind` says: the sent letter's PDF
 * (`letter_id`), the publication's inventory snapshot, or a stored blob (`blob_sha256`).
 */
@Entity('published_document')
@Check('CHK_published_document_kind', inList('kind', PUBLISHED_DOCUMENT_KINDS))
@Index('IDX_published_document_publication', ['requestId', 'kind'])
@Index('IDX_published_document_public', ['publishedAt', 'withdrawnAt', 'seq'])
export class PublishedDocumentEntity {
  /** Ascending insertion order: the sitemap's stable key. */
  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: PublishedDocumentKind;

  /** The request's document, for a released document; null for the decision and inventory. */
  @Column({ name: 'document_id', type: 'varchar', length: 36, nullable: true })
  documentId: string | null;

  @Column({ name: 'letter_id', type: 'varchar', length: 36, nullable: true })
  letterId: string | null;

  @Column({ name: 'blob_sha256', type: 'varchar', length: 64, nullable: true })
  blobSha256: string | null;

  /** The file name in the public address ("besluit.pdf"). */
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  bytes: number;

  /** YYYY-MM-DD: when the document was made (DiWoo creatiedatum). */
  @Column({ name: 'created_on', type: 'varchar', length: 10 })
  createdOn: string;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt: Date | null;
}
