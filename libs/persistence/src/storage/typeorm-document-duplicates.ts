import { type EntityManager, In } from 'typeorm';
import {
  type DuplicateKind,
  DocumentDuplicateProposalEntity,
  type DuplicateProposalStatus,
} from '../entities/document-duplicate-proposal.entity.js';
import {
  DocumentBandEntity,
  DocumentSignatureEntity,
} from '../entities/document-signature.entity.js';
import { DocumentEntity } from '../entities/document.entity.js';

/** A proposal that one document need not be listed because its twin is. */
export interface DuplicateProposalRecord {
  id: string;
  requestId: string;
  kind: DuplicateKind;
  documentId: string;
  twinId: string;
  score: number;
  status: DuplicateProposalStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** An e-mail of a request as thread detection reads it. */
export interface ThreadMail {
  readonly id: string;
  readonly number: number;
  readonly threadId: string;
  readonly text: string;
}

/** A stored signature of another document of the request. */
export interface StoredSignature {
  readonly documentId: string;
  readonly number: number;
  readonly signature: string;
}

/**
 * Duplicates among a request's documents: the signatures and band keys stored at intake, the
 * lookups that find candidates through the indexes, and the proposals the clerk decides.
 */
export interface DocumentDuplicateRepositoryPort {
  /** Per hash, the request's lowest-numbered document with those bytes (if any). */
  lowestWithHashes(
    requestId: string,
    hashes: readonly string[],
  ): Promise<Map<string, { id: string; number: number }>>;
  /** The signatures of the request's documents that share at least one band key. */
  signatureCandidates(requestId: string, bandKeys: readonly string[]): Promise<StoredSignature[]>;
  insertSignature(
    requestId: string,
    documentId: string,
    signature: string,
    bandKeys: readonly string[],
  ): Promise<void>;
  /** The request's e-mails in these threads, with their text. */
  mailsInThreads(requestId: string, threadIds: readonly string[]): Promise<ThreadMail[]>;
  insertProposals(proposals: readonly DuplicateProposalRecord[]): Promise<void>;
  /** The request's proposals, oldest first. */
  proposals(requestId: string): Promise<DuplicateProposalRecord[]>;
  findProposal(requestId: string, id: string): Promise<DuplicateProposalRecord | null>;
  decide(id: string, status: DuplicateProposalStatus, by: string, at: Date): Promise<void>;
  /**
   * Points the document, and every document that pointed at it, at the twin; they take the
   * twin's assessment, since a copy is assessed with the document it is listed under.
   */
  setDuplicateOf(documentId: string, twinId: string): Promise<void>;
}

/** SQLite caps the bound parameters of one statement: lists go in chunks of this size. */
const CHUNK = 400;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

/** The duplicates port on TypeORM, bound to one transaction or read. */
export class TypeOrmDocumentDuplicateRepository implements DocumentDuplicateRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  async lowestWithHashes(requestId: string, hashes: readonly string[]) {
    const lowest = new Map<string, { id: string; number: number }>();
    for (const part of chunks([...new Set(hashes)])) {
      const rows = await this.em.getRepository(DocumentEntity).find({
        select: { id: true, number: true, sha256: true },
        where: { requestId, sha256: In(part) },
        order: { number: 'ASC' },
      });
      for (const row of rows) {
        if (!lowest.has(row.sha256)) lowest.set(row.sha256, { id: row.id, number: row.number });
      }
    }
    return lowest;
  }

  async signatureCandidates(
    requestId: string,
    bandKeys: readonly string[],
  ): Promise<StoredSignature[]> {
    if (bandKeys.length === 0) return [];
    const rows = await this.em
      .getRepository(DocumentSignatureEntity)
      .createQueryBuilder('s')
      .innerJoin(DocumentEntity, 'd', 'd.id = s.document_id')
      .select('s.document_id', 'documentId')
      .addSelect('d.number', 'number')
      .addSelect('s.signature', 'signature')
      .where(
        // The band index finds the few documents sharing a key; only their signatures are read.
        `s.document_id IN (SELECT b.document_id FROM document_band b
          WHERE b.request_id = :requestId AND b.band_key IN (:...bandKeys))`,
        { requestId, bandKeys },
      )
      .getRawMany<{ documentId: string; number: number | string; signature: string }>();
    return rows.map((r) => ({ ...r, number: Number(r.number) }));
  }

  async insertSignature(
    requestId: string,
    documentId: string,
    signature: string,
    bandKeys: readonly string[],
  ): Promise<void> {
    await this.em.getRepository(DocumentSignatureEntity).insert({ documentId, signature });
    if (bandKeys.length > 0) {
      await this.em
        .getRepository(DocumentBandEntity)
        .insert([...new Set(bandKeys)].map((bandKey) => ({ documentId, bandKey, requestId })));
    }
  }

  async mailsInThreads(requestId: string, threadIds: readonly string[]): Promise<ThreadMail[]> {
    const mails: ThreadMail[] = [];
    for (const part of chunks([...new Set(threadIds)])) {
      const rows = await this.em.getRepository(DocumentEntity).find({
        select: { id: true, number: true, threadId: true, extractedText: true },
        where: { requestId, threadId: In(part) },
        order: { number: 'ASC' },
      });
      for (const row of rows) {
        mails.push({
          id: row.id,
          number: row.number,
          threadId: row.threadId ?? '',
          text: row.extractedText ?? '',
        });
      }
    }
    return mails;
  }

  async insertProposals(proposals: readonly DuplicateProposalRecord[]): Promise<void> {
    // Ten columns a row: 40 rows stay far below SQLite's cap on bound parameters.
    for (let i = 0; i < proposals.length; i += 40) {
      await this.em
        .getRepository(DocumentDuplicateProposalEntity)
        .insert(proposals.slice(i, i + 40));
    }
  }

  proposals(requestId: string): Promise<DuplicateProposalRecord[]> {
    return this.em
      .getRepository(DocumentDuplicateProposalEntity)
      .find({ where: { requestId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findProposal(requestId: string, id: string): Promise<DuplicateProposalRecord | null> {
    return this.em
      .getRepository(DocumentDuplicateProposalEntity)
      .findOne({ where: { requestId, id } });
  }

  async decide(id: string, status: DuplicateProposalStatus, by: string, at: Date): Promise<void> {
    await this.em
      .getRepository(DocumentDuplicateProposalEntity)
      .update({ id }, { status, decidedBy: by, decidedAt: at });
  }

  async setDuplicateOf(documentId: string, twinId: string): Promise<void> {
    const documents = this.em.getRepository(DocumentEntity);
    // Its copies follow it, so the inventory never refers to a document it does not list.
    await documents.update({ duplicateOf: documentId }, { duplicateOf: twinId });
    await documents.update({ id: documentId }, { duplicateOf: twinId });
    // A copy is assessed with the document it is listed under: it takes the twin's assessment.
    const twin = await documents.findOne({
      select: {
        id: true,
        assessment: true,
        grounds: true,
        assessmentReasoning: true,
        publicLink: true,
        assessedAt: true,
        assessedBy: true,
      },
      where: { id: twinId },
    });
    if (twin !== null) {
      await documents.update(
        { duplicateOf: twinId },
        {
          assessment: twin.assessment,
          grounds: twin.grounds,
          assessmentReasoning: twin.assessmentReasoning,
          publicLink: twin.publicLink,
          assessedAt: twin.assessedAt,
          assessedBy: twin.assessedBy,
        },
      );
    }
  }
}
