import type {
  OrganisationRecord,
  OutboxMessage,
  Repositories,
  UnitOfWorkPort,
  UserRecord,
} from '@wobdesk/persistence';
import { InMemoryLetterRepository } from './in-memory-letters.js';
import { InMemoryOutboxRepository } from './in-memory-outbox.js';
import { InMemoryOrganisationRepository, InMemoryUserRepository } from './in-memory-people.js';
import { InMemoryRequestRepository } from './in-memory-requests.js';
import {
  UnimplementedDocumentDuplicateRepository,
  UnimplementedDocumentRepository,
  UnimplementedDocumentThirdPartyRepository,
  UnimplementedDocumentRedactionRepository,
  UnimplementedDocumentReleaseRepository,
  UnimplementedLeaseRepository,
  UnimplementedOutboxOperations,
  UnimplementedPublicationRepository,
  UnimplementedOfficeConversionRepository,
  UnimplementedReminderRepository,
  UnimplementedRequesterData,
} from './not-in-the-fake.js';
import { copy, emptyStores, type Stores, uniqueViolation } from './stores.js';

function repositoriesOn(db: Stores): Repositories {
  return {
    requests: new InMemoryRequestRepository(db),
    documents: new UnimplementedDocumentRepository(),
    duplicates: new UnimplementedDocumentDuplicateRepository(),
    thirdParties: new UnimplementedDocumentThirdPartyRepository(),
    redactions: new UnimplementedDocumentRedactionRepository(),
    releases: new UnimplementedDocumentReleaseRepository(),
    letters: new InMemoryLetterRepository(db),
    organisations: new InMemoryOrganisationRepository(db),
    users: new InMemoryUserRepository(db),
    outbox: new InMemoryOutboxRepository(db),
    outboxOperations: new UnimplementedOutboxOperations(),
    reminders: new UnimplementedReminderRepository(),
    leases: new UnimplementedLeaseRepository(),
    publications: new UnimplementedPublicationRepository(),
    conversions: new UnimplementedOfficeConversionRepository(),
    requesterData: new UnimplementedRequesterData(),
  };
}

/**
 * The unit of work in memory, for unit tests of the use cases. Like the real one on SQLite, it
 * runs one transaction or read at a time, in the order they were asked for; a transaction works
 * on a copy of the tables that becomes the committed state only when its work resolves (a throw
 * rolls everything back), and a read sees committed data only.
 *
 * Organisations and users have no write methods in the ports (they are made by the CLI and the
 * account service), so a test puts them in with `addOrganisation` and `addUser`.
 */
export class InMemoryUnitOfWork implements UnitOfWorkPort {
  private committed: Stores = emptyStores();
  private queue: Promise<unknown> = Promise.resolve();

  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const draft = copy(this.committed);
      const result = await work(repositoriesOn(draft));
      this.committed = draft;
      return result;
    });
  }

  read<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.enqueue(() => work(repositoriesOn(this.committed)));
  }

  /** Whether the storage answers (the real one asks the database; memory always answers). */
  async isReachable(): Promise<boolean> {
    return true;
  }

  addOrganisation(organisation: OrganisationRecord): void {
    if (this.committed.organisations.has(organisation.id)) {
      throw uniqueViolation('organisation', 'id');
    }
    this.committed.organisations.set(organisation.id, copy(organisation));
  }

  addUser(user: UserRecord): void {
    const users = [...this.committed.users.values()];
    if (this.committed.users.has(user.id)) throw uniqueViolation('user_account', 'id');
    if (users.some((u) => u.email === user.email)) throw uniqueViolation('user_account', 'email');
    this.committed.users.set(user.id, copy(user));
  }

  /**
   * The committed outbox, oldest first: what a test checks after a change (the port itself has
   * no listing of queued mail, because no use case needs one).
   */
  queuedMail(): OutboxMessage[] {
    return copy([...this.committed.outbox.values()]).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
