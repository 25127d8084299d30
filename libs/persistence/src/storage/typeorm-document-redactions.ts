import { type EntityManager, In } from 'typeorm';
import {
  DocumentRedactionEntity,
  type RedactionSource,
} from '../entities/document-redaction.entity.js';

/** A marked area of a document page as stored (points from the page's top-left corner). */
export interface DocumentRedactionRecord {
  id: string;
  requestId: string;
  documentId: string;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The ground's code as the assessment stores it ("5.1.2.e"). */
  ground: string;
  /** The ground as printed in the box ("5.1.2e"). */
  label: string;
  source: RedactionSource;
  /** The term, for a term mark; internal, never published. */
  term: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** A box to black out as the redaction engine takes it (its RedactionBox). */
export interface StoredRedactionBox {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
}

/** The areas marked on the documents of a request. */
export interface DocumentRedactionRepositoryPort {
  /** The marks of one document, by page and then from the top. */
  ofDocument(documentId: string): Promise<DocumentRedactionRecord[]>;
  /** The boxes of these documents by document id, as the release blacks them out. */
  ofDocuments(documentIds: readonly string[]): Promise<Map<string, StoredRedactionBox[]>>;
  add(records: readonly DocumentRedactionRecord[]): Promise<void>;
  /** Removes one mark of the document; the mark removed, or null when it was none of its own. */
  remove(documentId: string, id: string): Promise<DocumentRedactionRecord | null>;
  /** Removes every mark of the term on the document; the marks removed. */
  removeTerm(documentId: string, term: string): Promise<DocumentRedactionRecord[]>;
}

const ORDER = { page: 'ASC', y: 'ASC', x: 'ASC', id: 'ASC' } as const;

export class TypeOrmDocumentRedactionRepository implements DocumentRedactionRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(DocumentRedactionEntity);
  }

  async ofDocument(documentId: string): Promise<DocumentRedactionRecord[]> {
    return (await this.repo.find({ where: { documentId }, order: ORDER })).map(recordOf);
  }

  async ofDocuments(documentIds: readonly string[]): Promise<Map<string, StoredRedactionBox[]>> {
    const boxes = new Map<string, StoredRedactionBox[]>();
    if (documentIds.length === 0) return boxes;
    const rows = await this.repo.find({
      where: { documentId: In([...documentIds]) },
      order: { documentId: 'ASC', ...ORDER },
    });
    for (const r of rows) {
      const box = {
        page: r.page,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        label: r.label,
      };
      boxes.set(r.documentId, [...(boxes.get(r.documentId) ?? []), box]);
    }
    return boxes;
  }

  async add(records: readonly DocumentRedactionRecord[]): Promise<void> {
    // SQLite takes at most 999 bound values in one statement; 14 columns a row.
    for (let i = 0; i < records.length; i += 50) {
      await this.repo.insert(records.slice(i, i + 50).map((r) => ({ ...r })));
    }
  }

  async remove(documentId: string, id: string): Promise<DocumentRedactionRecord | null> {
    const found = await this.repo.findOneBy({ documentId, id });
    if (found === null) return null;
    await this.repo.delete({ documentId, id });
    return recordOf(found);
  }

  async removeTerm(documentId: string, term: string): Promise<DocumentRedactionRecord[]> {
    const found = await this.repo.find({ where: { documentId, term }, order: ORDER });
    if (found.length > 0) await this.repo.delete({ documentId, term });
    return found.map(recordOf);
  }
}

function recordOf(e: DocumentRedactionEntity): DocumentRedactionRecord {
  return {
    id: e.id,
    requestId: e.requestId,
    documentId: e.documentId,
    page: e.page,
    x: e.x,
    y: e.y,
    width: e.width,
    height: e.height,
    ground: e.ground,
    label: e.label,
    source: e.source,
    term: e.term,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
  };
}
