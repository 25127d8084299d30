import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RequestRepository } from '../repositories/request.repository.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import type { Repositories, UnitOfWorkPort } from './ports.js';
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
}
