import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DocumentEntity } from './document.entity.js';

/**
 * Which requested item(s) a document answers: the inventory lists it under them and the
 * decision's outcome per item follows from the assessments of its documents. Items are named by
 * their number within the request, as the decision names them.
 */
@Entity('document_item')
@Index('IDX_document_item_document', ['documentId'])
export class DocumentItemEntity {
  @PrimaryColumn({ name: 'document_id', type: 'varchar', length: 36 })
  documentId: string;

  @PrimaryColumn({ name: 'item_number', type: 'integer' })
  itemNumber: number;

  @ManyToOne(() => DocumentEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<DocumentEntity>;
}
