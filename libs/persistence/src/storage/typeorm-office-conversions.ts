import { type EntityManager, In } from 'typeorm';
import { DocumentEntity } from '../entities/document.entity.js';

/** An office document claimed for conversion: what the job needs to convert and settle it. */
export interface ConversionClaim {
  readonly id: string;
  readonly requestId: string;
  readonly number: number;
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly conversionAttempts: number;
}

/** How a claimed conversion ended: converted, queued again for later, or given up. */
export type ConversionSettlement =
  | { readonly conversion: 'converted'; readonly pdfSha256: string; readonly pageCount: number }
  | { readonly conversion: 'pending'; readonly attempts: number; readonly retryAt: Date }
  | { readonly conversion: 'not_converted'; readonly attempts: number; readonly note: string };

/**
 * The queue of office conversions, kept in the document rows themselves (conversion 'pending'),
 * so a document is queued in the same transaction that stores it and is never lost.
 */
export interface OfficeConversionRepositoryPort {
  /**
   * Claims up to `limit` pending documents that no live claim holds and that are not held back
   * after a failure, oldest first, for `owner` until `until`; returns those now claimed by it.
   * One UPDATE, so two processes never claim the same document.
   */
  claimDue(owner: string, now: Date, until: Date, limit: number): Promise<ConversionClaim[]>;
  /** Settles a claimed document; false when the claim was lost (ran out and taken by another). */
  settle(id: string, owner: string, outcome: ConversionSettlement): Promise<boolean>;
  /** Queues documents again (attempts from zero); only those not pending now. */
  requeue(ids: readonly string[]): Promise<void>;
  /** How many documents wait for conversion (claimed or not). */
  pendingCount(): Promise<number>;
}

const DUE =
  "conversion = 'pending' AND (conversion_claimed_until IS NULL OR conversion_claimed_until < :now)";

/** The conversion queue on TypeORM, bound to one transaction or read. */
export class TypeOrmOfficeConversionRepository implements OfficeConversionRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  async claimDue(owner: string, now: Date, until: Date, limit: number): Promise<ConversionClaim[]> {
    await this.em
      .createQueryBuilder()
      .update(DocumentEntity)
      .set({ conversionClaimedBy: owner, conversionClaimedUntil: until })
      .where(
        `id IN (SELECT id FROM "document" WHERE ${DUE} ORDER BY created_at, number LIMIT :limit)`,
      )
      .andWhere(DUE)
      .setParameters({ now, limit })
      .execute();
    return this.em.getRepository(DocumentEntity).find({
      select: {
        id: true,
        requestId: true,
        number: true,
        sha256: true,
        fileName: true,
        mediaType: true,
        conversionAttempts: true,
      },
      where: { conversionClaimedBy: owner, conversion: 'pending' },
      order: { createdAt: 'ASC', number: 'ASC' },
    });
  }

  async settle(id: string, owner: string, outcome: ConversionSettlement): Promise<boolean> {
    const released = { conversionClaimedBy: null, conversion: outcome.conversion };
    const values =
      outcome.conversion === 'converted'
        ? {
            ...released,
            pdfSha256: outcome.pdfSha256,
            pageCount: outcome.pageCount,
            conversionNote: null,
            conversionClaimedUntil: null,
          }
        : outcome.conversion === 'pending'
          ? {
              ...released,
              conversionAttempts: outcome.attempts,
              conversionClaimedUntil: outcome.retryAt,
            }
          : {
              ...released,
              conversionAttempts: outcome.attempts,
              conversionNote: outcome.note,
              conversionClaimedUntil: null,
            };
    const result = await this.em
      .getRepository(DocumentEntity)
      .update({ id, conversionClaimedBy: owner, conversion: 'pending' }, values);
    return result.affected === 1;
  }

  async requeue(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.em
      .getRepository(DocumentEntity)
      .createQueryBuilder()
      .update()
      .set({
        conversion: 'pending',
        conversionNote: null,
        conversionAttempts: 0,
        conversionClaimedBy: null,
        conversionClaimedUntil: null,
      })
      .where({ id: In([...ids]) })
      .andWhere("conversion <> 'pending'")
      .execute();
  }

  pendingCount(): Promise<number> {
    return this.em.getRepository(DocumentEntity).count({ where: { conversion: 'pending' } });
  }
}
