import type { EntityManager } from 'typeorm';
import {
  DocumentReleaseEntity,
  type ReleasedFileKind,
} from '../entities/document-release.entity.js';

/** One file of a request's release as stored. */
export interface ReleasedFileRecord {
  id: string;
  requestId: string;
  releaseNumber: number;
  kind: ReleasedFileKind;
  position: number;
  documentId: string | null;
  documentNumber: number | null;
  fileName: string;
  title: string;
  blobSha256: string;
  pages: number;
  bytes: number;
  redactedBoxes: number;
  releasedAt: Date;
  releasedBy: string | null;
}

/** The files of a request's release, in their order: documents, bundles, the inventory. */
export interface DocumentReleaseRepositoryPort {
  ofRequest(requestId: string): Promise<ReleasedFileRecord[]>;
  /** One file of the request's release; null when the id is not one of its own. */
  find(requestId: string, id: string): Promise<ReleasedFileRecord | null>;
  /** Replaces the request's release by these files. */
  replace(requestId: string, files: readonly ReleasedFileRecord[]): Promise<void>;
}

const ORDER = { position: 'ASC' } as const;

export class TypeOrmDocumentReleaseRepository implements DocumentReleaseRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(DocumentReleaseEntity);
  }

  async ofRequest(requestId: string): Promise<ReleasedFileRecord[]> {
    return (await this.repo.find({ where: { requestId }, order: ORDER })).map(recordOf);
  }

  async find(requestId: string, id: string): Promise<ReleasedFileRecord | null> {
    const found = await this.repo.findOneBy({ requestId, id });
    return found === null ? null : recordOf(found);
  }

  async replace(requestId: string, files: readonly ReleasedFileRecord[]): Promise<void> {
    await this.repo.delete({ requestId });
    // SQLite takes at most 999 bound values in one statement; 15 columns a row.
    for (let i = 0; i < files.length; i += 50) {
      await this.repo.insert(files.slice(i, i + 50).map((f) => ({ ...f })));
    }
  }
}

function recordOf(e: DocumentReleaseEntity): ReleasedFileRecord {
  return {
    id: e.id,
    requestId: e.requestId,
    releaseNumber: e.releaseNumber,
    kind: e.kind,
    position: e.position,
    documentId: e.documentId,
    documentNumber: e.documentNumber,
    fileName: e.fileName,
    title: e.title,
    blobSha256: e.blobSha256,
    pages: e.pages,
    bytes: e.bytes,
    redactedBoxes: e.redactedBoxes,
    releasedAt: e.releasedAt,
    releasedBy: e.releasedBy,
  };
}
