import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { DocumentItemEntity } from '../entities/document-item.entity.js';
import { DocumentEntity } from '../entities/document.entity.js';
import type { DocumentRepositoryPort } from './ports.js';
import type {
  DocumentAssessmentUpdate,
  DocumentInventoryRecord,
  DocumentRecord,
  DocumentSummary,
} from './records.js';

/** Every column but the extracted text, which can be long and lists never show. */
const SUMMARY_COLUMNS = {
  id: true,
  requestId: true,
  number: true,
  sha256: true,
  fileName: true,
  mediaType: true,
  sizeBytes: true,
  pageCount: true,
  familyId: true,
  documentDate: true,
  description: true,
  createdAt: true,
  createdBy: true,
} as const;

/** The summary and the assessment: what the inventory lists. */
const INVENTORY_COLUMNS = {
  ...SUMMARY_COLUMNS,
  assessment: true,
  grounds: true,
  assessmentReasoning: true,
  publicLink: true,
  assessedAt: true,
  assessedBy: true,
} as const;

/** The documents port on TypeORM, bound to one transaction or read. */
export class TypeOrmDocumentRepository implements DocumentRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  async nextNumber(requestId: string): Promise<number> {
    const row = await this.em
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .select('MAX(d.number)', 'max')
      .where('d.request_id = :requestId', { requestId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  async insertAll(documents: readonly DocumentRecord[]): Promise<void> {
    if (documents.length === 0) return;
    // In chunks: SQLite caps the number of bound parameters of one statement.
    for (let i = 0; i < documents.length; i += 50) {
      await this.em.getRepository(DocumentEntity).insert(documents.slice(i, i + 50));
    }
  }

  summaries(requestId: string): Promise<DocumentSummary[]> {
    return this.em.getRepository(DocumentEntity).find({
      select: SUMMARY_COLUMNS,
      where: { requestId },
      order: { number: 'ASC' },
    });
  }

  findByNumber(requestId: string, number: number): Promise<DocumentSummary | null> {
    return this.em
      .getRepository(DocumentEntity)
      .findOne({ select: SUMMARY_COLUMNS, where: { requestId, number } });
  }

  async isReferenced(sha256: string): Promise<boolean> {
    return this.em.getRepository(DocumentEntity).exists({ where: { sha256 } });
  }

  // The inventory as output.

  async inventory(requestId: string): Promise<DocumentInventoryRecord[]> {
    const documents = await this.em.getRepository(DocumentEntity).find({
      select: INVENTORY_COLUMNS,
      where: { requestId },
      order: { number: 'ASC' },
    });
    const items = new Map<string, number[]>(documents.map((d) => [d.id, []]));
    const ids = [...items.keys()];
    // In chunks: SQLite caps the number of bound parameters of one statement.
    for (let i = 0; i < ids.length; i += 500) {
      const links = await this.em
        .getRepository(DocumentItemEntity)
        .find({ where: { documentId: In(ids.slice(i, i + 500)) }, order: { itemNumber: 'ASC' } });
      for (const link of links) items.get(link.documentId)!.push(link.itemNumber);
    }
    return documents.map((d) => ({ ...d, itemNumbers: items.get(d.id)! }));
  }

  async applyAssessments(
    requestId: string,
    assessments: readonly DocumentAssessmentUpdate[],
  ): Promise<void> {
    const repository = this.em.getRepository(DocumentEntity);
    for (const { number, ...assessment } of assessments) {
      await repository.update({ requestId, number }, assessment);
    }
  }
}
