import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { DocumentItemEntity } from '../entities/document-item.entity.js';
import { DocumentEntity } from '../entities/document.entity.js';
import type {
  DocumentRepositoryPort,
  InventoryFilter,
  InventoryPage,
  StoredAssessment,
} from './ports.js';
import type {
  DocumentAssessmentUpdate,
  DocumentInventoryRecord,
  DocumentItemRecord,
  DocumentRecord,
  DocumentSummary,
} from './records.js';
import { ftsMatchExpression, tsQueryExpression } from './search-words.js';

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
  pdfSha256: true,
  conversion: true,
  conversionNote: true,
  conversionAttempts: true,
  conversionClaimedBy: true,
  conversionClaimedUntil: true,
  widthPx: true,
  heightPx: true,
  familyId: true,
  documentDate: true,
  description: true,
  assessment: true,
  grounds: true,
  assessmentReasoning: true,
  publicLink: true,
  assessedAt: true,
  assessedBy: true,
  duplicateOf: true,
  messageId: true,
  threadId: true,
  createdAt: true,
  createdBy: true,
} as const;

const SUMMARY_SELECT = Object.keys(SUMMARY_COLUMNS).map((c) => `d.${c}`);

/** SQLite caps the number of bound parameters of one statement. */
const CHUNK = 500;

/**
 * The documents port on TypeORM, bound to one transaction or read. On SQLite the full-text
 * index (`document_search`, FTS5) holds its own copy of each document's description and text,
 * written here in the same transaction as the row; PostgreSQL support is a later step.
 */
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
      // Copies: after a many-row insert TypeORM writes the columns with a database default
      // (conversion_attempts) back into the objects given, on SQLite not always into the right
      // ones: the caller's records came back mixed up (an attachment its own family).
      await this.em
        .getRepository(DocumentEntity)
        .insert(documents.slice(i, i + 50).map((d) => ({ ...d })));
    }
    if (!this.searchable) return;
    for (const d of documents) {
      await this.em.query(
        'INSERT INTO "document_search" ("document_id", "description", "extracted_text") VALUES (?, ?, ?)',
        [d.id, d.description ?? '', d.extractedText ?? ''],
      );
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
    // An office original's PDF is referred to by its row too.
    return this.em
      .getRepository(DocumentEntity)
      .exists({ where: [{ sha256 }, { pdfSha256: sha256 }] });
  }

  async findByIds(ids: readonly string[]): Promise<DocumentSummary[]> {
    const found: DocumentSummary[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      found.push(
        ...(await this.em.getRepository(DocumentEntity).find({
          select: SUMMARY_COLUMNS,
          where: { id: In(ids.slice(i, i + CHUNK)) },
        })),
      );
    }
    return found.sort((a, b) => a.number - b.number);
  }

  async copiesOf(requestId: string, documentIds: readonly string[]): Promise<DocumentSummary[]> {
    const found: DocumentSummary[] = [];
    for (let i = 0; i < documentIds.length; i += CHUNK) {
      found.push(
        ...(await this.em.getRepository(DocumentEntity).find({
          select: SUMMARY_COLUMNS,
          where: { requestId, duplicateOf: In(documentIds.slice(i, i + CHUNK)) },
        })),
      );
    }
    // Sorted here: an ORDER BY would lead SQLite to walk the request by number instead of
    // using the (request, duplicate_of) index.
    return found.sort((a, b) => a.number - b.number);
  }

  async findByNumbers(requestId: string, numbers: readonly number[]): Promise<DocumentSummary[]> {
    const found: DocumentSummary[] = [];
    for (let i = 0; i < numbers.length; i += CHUNK) {
      found.push(
        ...(await this.em.getRepository(DocumentEntity).find({
          select: SUMMARY_COLUMNS,
          where: { requestId, number: In(numbers.slice(i, i + CHUNK)) },
        })),
      );
    }
    return found.sort((a, b) => a.number - b.number);
  }

  async inventory(
    requestId: string,
    filter: InventoryFilter,
    page: InventoryPage,
  ): Promise<{ total: number; documents: DocumentSummary[] }> {
    const total = await this.filtered(requestId, filter).getCount();
    const documents = await this.filtered(requestId, filter)
      .select(SUMMARY_SELECT)
      .orderBy('d.number', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { total, documents };
  }

  async numbersMatching(requestId: string, filter: InventoryFilter): Promise<number[]> {
    const rows = await this.filtered(requestId, filter)
      .select('d.number', 'number')
      .orderBy('d.number', 'ASC')
      .getRawMany<{ number: number | string }>();
    return rows.map((r) => Number(r.number));
  }

  async assess(documentIds: readonly string[], a: StoredAssessment): Promise<void> {
    for (let i = 0; i < documentIds.length; i += CHUNK) {
      await this.em.getRepository(DocumentEntity).update(
        { id: In(documentIds.slice(i, i + CHUNK)) },
        {
          assessment: a.assessment,
          grounds: a.assessment === null ? null : JSON.stringify(a.grounds),
          assessmentReasoning: a.assessmentReasoning,
          publicLink: a.publicLink,
          assessedAt: a.assessedAt,
          assessedBy: a.assessedBy,
        },
      );
    }
  }

  async describe(
    documentId: string,
    details: Pick<DocumentRecord, 'description' | 'documentDate'>,
  ): Promise<void> {
    await this.em.getRepository(DocumentEntity).update({ id: documentId }, details);
    if (!this.searchable) return;
    // FTS5 has no partial update of a row: the row is replaced, its text read back from the
    // document in the same statement.
    await this.em.query('DELETE FROM "document_search" WHERE "document_id" = ?', [documentId]);
    await this.em.query(
      'INSERT INTO "document_search" ("document_id", "description", "extracted_text") ' +
        `SELECT "id", COALESCE("description", ''), COALESCE("extracted_text", '') FROM "document" WHERE "id" = ?`,
      [documentId],
    );
  }

  async setItems(documentId: string, itemNumbers: readonly number[]): Promise<void> {
    const repository = this.em.getRepository(DocumentItemEntity);
    await repository.delete({ documentId });
    if (itemNumbers.length > 0) {
      await repository.insert(itemNumbers.map((itemNumber) => ({ documentId, itemNumber })));
    }
  }

  async itemsOf(documentIds: readonly string[]): Promise<DocumentItemRecord[]> {
    const found: DocumentItemRecord[] = [];
    for (let i = 0; i < documentIds.length; i += CHUNK) {
      found.push(
        ...(await this.em.getRepository(DocumentItemEntity).find({
          where: { documentId: In(documentIds.slice(i, i + CHUNK)) },
          order: { itemNumber: 'ASC' },
        })),
      );
    }
    return found;
  }

  /**
   * Whether this database keeps the FTS5 copy of the texts (SQLite). PostgreSQL searches the
   * document's own columns through an expression index (DocumentSearchPostgres1802650000000).
   */
  private get searchable(): boolean {
    return this.em.connection.options.type === 'better-sqlite3';
  }

  /** The request's documents that pass the filter: each criterion one indexed condition. */
  private filtered(requestId: string, filter: InventoryFilter): SelectQueryBuilder<DocumentEntity> {
    const q = this.em
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .where('d.request_id = :requestId', { requestId });
    if (filter.assessment === 'unassessed') q.andWhere('d.assessment IS NULL');
    else if (filter.assessment !== undefined) {
      q.andWhere('d.assessment = :assessment', { assessment: filter.assessment });
    }
    if (filter.ground !== undefined) {
      q.andWhere(
        this.searchable
          ? 'EXISTS (SELECT 1 FROM json_each(d.grounds) AS g WHERE g.value = :ground)'
          : 'EXISTS (SELECT 1 FROM jsonb_array_elements_text(d.grounds::jsonb) AS g WHERE g = :ground)',
        { ground: filter.ground },
      );
    }
    if (filter.family !== undefined) {
      q.andWhere(
        '(d.number = :family OR d.family_id = ' +
          '(SELECT f.id FROM "document" f WHERE f.request_id = :requestId AND f.number = :family))',
        { family: filter.family },
      );
    }
    if (filter.mediaType !== undefined) {
      q.andWhere('d.media_type = :mediaType', { mediaType: filter.mediaType });
    }
    if (filter.item !== undefined) {
      q.andWhere(
        'EXISTS (SELECT 1 FROM "document_item" di WHERE di.document_id = d.id AND di.item_number = :item)',
        { item: filter.item },
      );
    }
    if (filter.text !== undefined && this.searchable) {
      // A search without a word matches nothing rather than everything.
      const match = ftsMatchExpression(filter.text) ?? '""';
      q.andWhere(
        'd.id IN (SELECT s.document_id FROM "document_search" s WHERE "document_search" MATCH :match)',
        { match },
      );
    } else if (filter.text !== undefined) {
      const query = tsQueryExpression(filter.text);
      if (query === null) q.andWhere('1 = 0');
      else {
        // The expression of IDX_document_fulltext, so that the search reads the index.
        q.andWhere(
          `to_tsvector('simple', COALESCE(d.description, '') || ' ' || COALESCE(d.extracted_text, '')) @@ to_tsquery('simple', :query)`,
          { query },
        );
      }
    }
    return q;
  }

  // The inventory as output.

  async inventoryRows(requestId: string): Promise<DocumentInventoryRecord[]> {
    const documents = await this.em.getRepository(DocumentEntity).find({
      select: SUMMARY_COLUMNS,
      where: { requestId },
      order: { number: 'ASC' },
    });
    const items = new Map<string, number[]>(documents.map((d) => [d.id, []]));
    const ids = [...items.keys()];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const links = await this.em
        .getRepository(DocumentItemEntity)
        .find({ where: { documentId: In(ids.slice(i, i + CHUNK)) }, order: { itemNumber: 'ASC' } });
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
