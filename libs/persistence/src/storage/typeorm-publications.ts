import { Between, type EntityManager, In, IsNull, Not } from 'typeorm';
import { PublicationEntity } from '../entities/publication.entity.js';
import {
  PublishedDocumentEntity,
  type PublishedDocumentKind,
} from '../entities/published-document.entity.js';

/** A decision's publication as stored. */
export interface PublicationRecord {
  requestId: string;
  organisationId: string;
  slug: string;
  title: string;
  publishOn: string;
  adoptedAt: string;
  inventoryJson: string | null;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
}

/** One public file of a publication. */
export interface PublishedDocumentRecord {
  seq: number;
  id: string;
  requestId: string;
  organisationId: string;
  kind: PublishedDocumentKind;
  documentId: string | null;
  letterId: string | null;
  blobSha256: string | null;
  fileName: string;
  mediaType: string;
  title: string;
  bytes: number;
  createdOn: string;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
}

/** A file to add; its `seq` is given by `addDocuments`. */
export type NewPublishedDocument = Omit<PublishedDocumentRecord, 'seq'>;

/** Publications and their files. Public reads only ever see published, not withdrawn, rows. */
export interface PublicationRepositoryPort {
  find(requestId: string): Promise<PublicationRecord | null>;
  /** Inserts or, while not yet published, replaces the schedule. */
  save(publication: PublicationRecord): Promise<void>;
  /** Appends files in order, each with the next `seq`. */
  addDocuments(documents: readonly NewPublishedDocument[]): Promise<void>;
  /** Drops the files of a publication that is not yet public (a new schedule replaces them). */
  removeUnpublishedDocuments(requestId: string): Promise<void>;
  documentsOf(requestId: string): Promise<PublishedDocumentRecord[]>;
  /** Publications due on or before `today`, not yet published nor withdrawn, oldest first. */
  /** Unpublished, not withdrawn, due by `today`, and not held by a pending provisional measure. */
  due(today: string, limit: number): Promise<PublicationRecord[]>;
  /** Marks it and its files published unless already so (a conditional update); false when it was. */
  markPublished(requestId: string, at: Date): Promise<boolean>;
  /** Marks it and its files withdrawn unless already so; false when it was. */
  markWithdrawn(requestId: string, at: Date, reason: string): Promise<boolean>;
  /** One page of the public list, newest publication first, with the total. */
  publicPage(offset: number, limit: number): Promise<{ rows: PublicationRecord[]; total: number }>;
  /** A published publication by slug, withdrawn ones included (the page says so). */
  findPublished(slug: string): Promise<PublicationRecord | null>;
  /**
   * Public files with `afterSeq < seq <= throughSeq` in `seq` order: one keyset page of a
   * sitemap, read through the primary key.
   */
  publicDocumentsBetween(
    afterSeq: number,
    throughSeq: number,
    limit: number,
  ): Promise<PublishedDocumentRecord[]>;
  /** The non-empty blocks of `size` consecutive `seq`s (block k: seq k·size+1 … (k+1)·size), with their last publication. */
  sitemapBlocks(size: number): Promise<{ block: number; lastPublishedAt: Date }[]>;
  /** These publications (any state), for the files of a sitemap page. */
  publicationsOf(requestIds: readonly string[]): Promise<PublicationRecord[]>;
  /** The public files of these publications. */
  publicDocumentsOf(requestIds: readonly string[]): Promise<PublishedDocumentRecord[]>;
  countPublicDocuments(): Promise<number>;
}

export class TypeOrmPublicationRepository implements PublicationRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  find(requestId: string): Promise<PublicationRecord | null> {
    return this.em.findOneBy(PublicationEntity, { requestId });
  }

  async save(publication: PublicationRecord): Promise<void> {
    await this.em.save(PublicationEntity, this.em.create(PublicationEntity, publication));
  }

  async addDocuments(documents: readonly NewPublishedDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // The transactions are serialised, so the maximum read here stays the maximum.
    const top = await this.em
      .createQueryBuilder(PublishedDocumentEntity, 'd')
      .select('MAX(d.seq)', 'top')
      .getRawOne<{ top: number | null }>();
    let seq = Number(top?.top ?? 0);
    const rows = documents.map((d) => ({ ...d, seq: ++seq }));
    for (let k = 0; k < rows.length; k += 100) {
      await this.em.insert(PublishedDocumentEntity, rows.slice(k, k + 100));
    }
  }

  async removeUnpublishedDocuments(requestId: string): Promise<void> {
    await this.em.delete(PublishedDocumentEntity, { requestId, publishedAt: IsNull() });
  }

  documentsOf(requestId: string): Promise<PublishedDocumentRecord[]> {
    return this.em.find(PublishedDocumentEntity, { where: { requestId }, order: { seq: 'ASC' } });
  }

  due(today: string, limit: number): Promise<PublicationRecord[]> {
    // A pending provisional measure holds the publication: disclosure waits for the court.
    return this.em
      .createQueryBuilder(PublicationEntity, 'p')
      .where('p.publishedAt IS NULL AND p.withdrawnAt IS NULL AND p.publishOn <= :today', { today })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM "request" "r" WHERE "r"."id" = "p"."request_id" AND "r"."provisional_measure_since" IS NOT NULL)`,
      )
      .orderBy('p.publishOn', 'ASC')
      .addOrderBy('p.requestId', 'ASC')
      .take(limit)
      .getMany();
  }

  async markPublished(requestId: string, at: Date): Promise<boolean> {
    const result = await this.em.update(
      PublicationEntity,
      { requestId, publishedAt: IsNull(), withdrawnAt: IsNull() },
      { publishedAt: at },
    );
    if (result.affected !== 1) return false;
    await this.em.update(
      PublishedDocumentEntity,
      { requestId, publishedAt: IsNull() },
      { publishedAt: at },
    );
    return true;
  }

  async markWithdrawn(requestId: string, at: Date, reason: string): Promise<boolean> {
    const result = await this.em.update(
      PublicationEntity,
      { requestId, withdrawnAt: IsNull() },
      { withdrawnAt: at, withdrawalReason: reason },
    );
    if (result.affected !== 1) return false;
    await this.em.update(
      PublishedDocumentEntity,
      { requestId, withdrawnAt: IsNull() },
      { withdrawnAt: at },
    );
    return true;
  }

  async publicPage(offset: number, limit: number) {
    const [rows, total] = await this.em.findAndCount(PublicationEntity, {
      where: { publishedAt: Not(IsNull()), withdrawnAt: IsNull() },
      order: { publishedAt: 'DESC', requestId: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  findPublished(slug: string): Promise<PublicationRecord | null> {
    return this.em.findOneBy(PublicationEntity, { slug, publishedAt: Not(IsNull()) });
  }

  publicDocumentsBetween(afterSeq: number, throughSeq: number, limit: number) {
    return this.em.find(PublishedDocumentEntity, {
      where: {
        publishedAt: Not(IsNull()),
        withdrawnAt: IsNull(),
        seq: Between(afterSeq + 1, throughSeq),
      },
      order: { seq: 'ASC' },
      take: limit,
    });
  }

  async sitemapBlocks(size: number) {
    const rows = await this.em
      .createQueryBuilder(PublishedDocumentEntity, 'd')
      .select('(d.seq - 1) / :size', 'block')
      .addSelect('MAX(d.published_at)', 'last')
      .where('d.published_at IS NOT NULL AND d.withdrawn_at IS NULL')
      .setParameter('size', Math.trunc(size))
      .groupBy('block')
      .orderBy('block', 'ASC')
      .getRawMany<{ block: number | string; last: string | Date }>();
    return rows.map((r) => ({
      block: Number(r.block),
      lastPublishedAt: r.last instanceof Date ? r.last : new Date(`${r.last.replace(' ', 'T')}Z`),
    }));
  }

  async publicationsOf(requestIds: readonly string[]): Promise<PublicationRecord[]> {
    const found: PublicationRecord[] = [];
    // In chunks: SQLite limits the number of bound parameters.
    for (let k = 0; k < requestIds.length; k += 500) {
      const ids = requestIds.slice(k, k + 500);
      found.push(...(await this.em.find(PublicationEntity, { where: { requestId: In(ids) } })));
    }
    return found;
  }

  async publicDocumentsOf(requestIds: readonly string[]): Promise<PublishedDocumentRecord[]> {
    const found: PublishedDocumentRecord[] = [];
    for (let k = 0; k < requestIds.length; k += 500) {
      const ids = requestIds.slice(k, k + 500);
      found.push(
        ...(await this.em.find(PublishedDocumentEntity, {
          where: { requestId: In(ids), publishedAt: Not(IsNull()), withdrawnAt: IsNull() },
          order: { seq: 'ASC' },
        })),
      );
    }
    return found;
  }

  countPublicDocuments(): Promise<number> {
    return this.em.countBy(PublishedDocumentEntity, {
      publishedAt: Not(IsNull()),
      withdrawnAt: IsNull(),
    });
  }
}
