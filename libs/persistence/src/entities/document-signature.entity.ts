import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { DocumentEntity } from './document.entity.js';

/**
 * A document's MinHash signature, computed once at intake from its extracted text, so later
 * documents are compared with it without reading the text again.
 */
@Entity('document_signature')
export class DocumentSignatureEntity {
  @PrimaryColumn({ name: 'document_id', type: 'varchar', length: 36 })
  documentId: string;

  @OneToOne(() => DocumentEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<DocumentEntity>;

  /** The signature as hex (libs/domain `signatureToHex`). */
  @Column({ type: 'text' })
  signature: string;
}

/**
 * The signature's band keys (locality-sensitive hashing): documents of a request that share a
 * key are the only ones compared, found through the (request, band key) index.
 */
@Entity('document_band')
@Index('IDX_document_band_request_key', ['requestId', 'bandKey'])
export class DocumentBandEntity {
  @PrimaryColumn({ name: 'document_id', type: 'varchar', length: 36 })
  documentId: string;

  @PrimaryColumn({ name: 'band_key', type: 'varchar', length: 16 })
  bandKey: string;

  @ManyToOne(() => DocumentEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<DocumentEntity>;

  /** The document's request, repeated here so the index serves one request's lookups. */
  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;
}
