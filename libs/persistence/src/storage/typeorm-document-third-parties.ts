import { type EntityManager, In } from 'typeorm';
import {
  DocumentThirdPartyEntity,
  type ThirdPartyView,
} from '../entities/document-third-party.entity.js';

/** A third party of a document, with their view of it once recorded. */
export interface DocumentThirdPartyRecord {
  id: string;
  requestId: string;
  documentId: string;
  name: string;
  askedInEvent: number | null;
  view: ThirdPartyView | null;
  viewSummary: string | null;
  viewReceivedOn: string | null;
  createdAt: Date;
}

/** A third party's view of one document as it came in. */
export interface ThirdPartyViewUpdate {
  readonly view: ThirdPartyView;
  readonly viewSummary: string | null;
  readonly viewReceivedOn: string;
}

/** The third parties the documents of a request concern, and their views per document. */
export interface DocumentThirdPartyRepositoryPort {
  /** The third parties of these documents, in the order they were added. */
  ofDocuments(documentIds: readonly string[]): Promise<DocumentThirdPartyRecord[]>;
  /** Every third party of the request's documents, in the order they were added. */
  ofRequest(requestId: string): Promise<DocumentThirdPartyRecord[]>;
  insert(record: DocumentThirdPartyRecord): Promise<void>;
  /** Removes the third party from the document; false when it was not one of its parties. */
  remove(documentId: string, id: string): Promise<boolean>;
  /** Records the view; false when it was not one of the document's parties. */
  recordView(
    documentId: string,
    id: string,
    view: ThirdPartyViewUpdate,
    askedInEvent: number | null,
  ): Promise<boolean>;
  /** Links the not yet asked parties of these documents to a request for their view. */
  markAsked(documentIds: readonly string[], askedInEvent: number): Promise<void>;
}

export class TypeOrmDocumentThirdPartyRepository implements DocumentThirdPartyRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(DocumentThirdPartyEntity);
  }

  async ofDocuments(documentIds: readonly string[]): Promise<DocumentThirdPartyRecord[]> {
    if (documentIds.length === 0) return [];
    const rows = await this.repo.find({
      where: { documentId: In([...documentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(recordOf);
  }

  async ofRequest(requestId: string): Promise<DocumentThirdPartyRecord[]> {
    const rows = await this.repo.find({
      where: { requestId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(recordOf);
  }

  async insert(record: DocumentThirdPartyRecord): Promise<void> {
    await this.repo.insert({ ...record });
  }

  async remove(documentId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ documentId, id });
    return (result.affected ?? 0) > 0;
  }

  async recordView(
    documentId: string,
    id: string,
    view: ThirdPartyViewUpdate,
    askedInEvent: number | null,
  ): Promise<boolean> {
    const patch: Partial<DocumentThirdPartyEntity> = { ...view };
    if (askedInEvent !== null) patch.askedInEvent = askedInEvent;
    const result = await this.repo.update({ documentId, id }, patch);
    return (result.affected ?? 0) > 0;
  }

  async markAsked(documentIds: readonly string[], askedInEvent: number): Promise<void> {
    if (documentIds.length === 0) return;
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ askedInEvent })
      .where({ documentId: In([...documentIds]) })
      .andWhere('asked_in_event IS NULL')
      .execute();
  }
}

function recordOf(e: DocumentThirdPartyEntity): DocumentThirdPartyRecord {
  return {
    id: e.id,
    requestId: e.requestId,
    documentId: e.documentId,
    name: e.name,
    askedInEvent: e.askedInEvent,
    view: e.view,
    viewSummary: e.viewSummary,
    viewReceivedOn: e.viewReceivedOn,
    createdAt: e.createdAt,
  };
}
