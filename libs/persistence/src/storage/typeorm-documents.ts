import type { EntityManager } from 'typeorm';
import { DocumentEntity } from '../entities/document.entity.js';
import type { DocumentRepositoryPort } from './ports.js';
import type { DocumentRecord, DocumentSummary } from './records.js';

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
  duplicateOf: true,
  messageId: true,
  threadId: true,
  createdAt: true,
  createdBy: true,
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
}
