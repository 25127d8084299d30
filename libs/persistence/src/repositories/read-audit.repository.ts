import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { ReadAuditEntity } from '../entities/read-audit.entity.js';
import { serialRead } from '../serial-transaction.js';

/** A read to record: who, when, what, and of which request (null for many). */
export interface ReadAuditEntry {
  readonly organisationId: string;
  readonly userId: string;
  readonly userName: string;
  readonly readAt: Date;
  readonly what: string;
  readonly requestId: string | null;
  readonly detail: string | null;
}

export interface ReadAuditRecord extends ReadAuditEntry {
  readonly id: string;
}

/** The coordinator's filter; every bound optional, `until` exclusive. */
export interface ReadAuditFilter {
  readonly userId?: string;
  readonly requestId?: string;
  readonly from?: Date;
  readonly until?: Date;
}

export const READ_AUDIT_PAGE_SIZE = 50;

export interface ReadAuditPage {
  readonly records: readonly ReadAuditRecord[];
  readonly page: number;
  readonly pageSize: number;
  /** Whether a next page exists (one row more was read than shown), so no count is needed. */
  readonly hasMore: boolean;
}

/**
 * The log of reads. One plain INSERT per read, no transaction of its own and no request row
 * touched, so a read never changes a request's version. On SQLite it is queued between
 * transactions (`serialRead`): on the one connection it would otherwise join a change in flight
 * and be rolled back with a refused one.
 */
@Injectable()
export class ReadAuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: ReadAuditEntry): Promise<void> {
    await serialRead(this.dataSource, (em) =>
      em.insert(ReadAuditEntity, { id: randomUUID(), ...entry }),
    );
  }

  /** Newest first, `READ_AUDIT_PAGE_SIZE` a page (page 1 is the first). */
  async search(
    organisationId: string,
    filter: ReadAuditFilter,
    page: number,
    pageSize = READ_AUDIT_PAGE_SIZE,
  ): Promise<ReadAuditPage> {
    const rows = await serialRead(this.dataSource, (em) => {
      const query = em
        .createQueryBuilder(ReadAuditEntity, 'r')
        .where('r.organisation_id = :organisationId', { organisationId });
      if (filter.userId !== undefined) query.andWhere('r.user_id = :userId', filter);
      if (filter.requestId !== undefined) query.andWhere('r.request_id = :requestId', filter);
      if (filter.from !== undefined) query.andWhere('r.read_at >= :from', filter);
      if (filter.until !== undefined) query.andWhere('r.read_at < :until', filter);
      return query
        .orderBy('r.read_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .offset((page - 1) * pageSize)
        .limit(pageSize + 1)
        .getMany();
    });
    return {
      records: rows.slice(0, pageSize).map(recordOf),
      page,
      pageSize,
      hasMore: rows.length > pageSize,
    };
  }

  /**
   * Removes every organisation's reads older than `before`; returns how many. One indexed delete
   * per organisation (the index starts with the organisation), never a scan of the whole log.
   */
  async purgeExpired(before: Date): Promise<number> {
    const organisations = await serialRead(this.dataSource, (em) =>
      em.find(OrganisationEntity, { select: { id: true } }),
    );
    let purged = 0;
    for (const { id } of organisations) purged += await this.purgeBefore(id, before);
    return purged;
  }

  /** Removes the reads older than `before` (the retention period); returns how many. */
  async purgeBefore(organisationId: string, before: Date): Promise<number> {
    const result = await serialRead(this.dataSource, (em) =>
      em
        .createQueryBuilder()
        .delete()
        .from(ReadAuditEntity)
        .where('organisation_id = :organisationId AND read_at < :before', {
          organisationId,
          before,
        })
        .execute(),
    );
    return result.affected ?? 0;
  }
}

function recordOf(row: ReadAuditEntity): ReadAuditRecord {
  return {
    id: row.id,
    organisationId: row.organisationId,
    userId: row.userId,
    userName: row.userName,
    readAt: row.readAt,
    what: row.what,
    requestId: row.requestId ?? null,
    detail: row.detail ?? null,
  };
}
