import { Injectable } from '@nestjs/common';
import type { OutboxBacklog } from '@wobdesk/config';
import { DataSource, type EntityManager, MigrationExecutor } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { RequestRepository } from '../repositories/request.repository.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import type { Repositories, UnitOfWorkPort } from './ports.js';
import { TypeOrmRequesterData } from './typeorm-requester-data.js';
import { TypeOrmDocumentDuplicateRepository } from './typeorm-document-duplicates.js';
import { TypeOrmDocumentThirdPartyRepository } from './typeorm-document-third-parties.js';
import { TypeOrmDocumentRedactionRepository } from './typeorm-document-redactions.js';
import { TypeOrmDocumentReleaseRepository } from './typeorm-document-releases.js';
import { TypeOrmDocumentRepository } from './typeorm-documents.js';
import { TypeOrmOfficeConversionRepository } from './typeorm-office-conversions.js';
import { TypeOrmLetterRepository } from './typeorm-letters.js';
import { TypeOrmOutboxRepository } from './typeorm-outbox.js';
import { TypeOrmOutboxOperations } from './typeorm-outbox-operations.js';
import { TypeOrmOrganisationRepository, TypeOrmUserRepository } from './typeorm-people.js';
import { TypeOrmPublicationRepository } from './typeorm-publications.js';
import { TypeOrmLeaseRepository, TypeOrmReminderRepository } from './typeorm-reminders.js';

/** The repositories bound to one `EntityManager` (a transaction's or the plain one of a read). */
export function repositoriesOf(em: EntityManager): Repositories {
  return {
    requests: new RequestRepository(em),
    documents: new TypeOrmDocumentRepository(em),
    duplicates: new TypeOrmDocumentDuplicateRepository(em),
    thirdParties: new TypeOrmDocumentThirdPartyRepository(em),
    redactions: new TypeOrmDocumentRedactionRepository(em),
    releases: new TypeOrmDocumentReleaseRepository(em),
    letters: new TypeOrmLetterRepository(em),
    organisations: new TypeOrmOrganisationRepository(em),
    users: new TypeOrmUserRepository(em),
    outbox: new TypeOrmOutboxRepository(em),
    outboxOperations: new TypeOrmOutboxOperations(em),
    reminders: new TypeOrmReminderRepository(em),
    leases: new TypeOrmLeaseRepository(em),
    publications: new TypeOrmPublicationRepository(em),
    conversions: new TypeOrmOfficeConversionRepository(em),
    requesterData: new TypeOrmRequesterData(em),
  };
}

/**
 * The unit of work on the application's database: `transaction` and `read` are queued per
 * database (`serialTransaction`, `serialRead`), because better-sqlite3 gives TypeORM one
 * connection, on which concurrent transactions interleave and fail.
 */
@Injectable()
export class UnitOfWork implements UnitOfWorkPort {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return serialTransaction(this.dataSource, (em) => work(repositoriesOf(em)));
  }

  read<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return serialRead(this.dataSource, (em) => work(repositoriesOf(em)));
  }

  /** Whether the database answers a query (for the health check). */
  async isReachable(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** The migrations this database still lacks (for the readiness check). */
  async pendingMigrations(): Promise<string[]> {
    const pending = await new MigrationExecutor(this.dataSource).getPendingMigrations();
    return pending.map((m) => m.name);
  }

  /**
   * How many outbox messages wait to be sent and when the earliest of them became due: one
   * aggregate over the (state, next_attempt_at) index, so a scrape costs the same at any size.
   */
  async outboxBacklog(now: Date): Promise<OutboxBacklog> {
    const row = await this.dataSource
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder('m')
      .select('COUNT(*)', 'waiting')
      .addSelect('MIN(m.nextAttemptAt)', 'earliest')
      .where('m.state = :state', { state: 'pending' })
      .getRawOne<{ waiting: number | string; earliest: string | Date | null }>();
    const earliest = row?.earliest ?? null;
    const overdueMs = earliest === null ? 0 : now.getTime() - instantOf(earliest).getTime();
    return { waiting: Number(row?.waiting ?? 0), oldestDueSeconds: Math.max(0, overdueMs / 1000) };
  }
}

/** A raw aggregate's instant: a Date (PostgreSQL) or SQLite's `YYYY-MM-DD HH:MM:SS.SSS`, in UTC. */
function instantOf(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
