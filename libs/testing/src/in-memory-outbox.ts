import type { NewOutboxMessage, OutboxMessage, OutboxRepositoryPort } from '@wobdesk/persistence';
import { copy, notImplemented, type Stores, uniqueViolation } from './stores.js';

/**
 * The queueing half of the outbox port on the fake's tables. Sending (leases, outcomes) is not
 * in the fake: the sender is tested on a real database.
 */
export class InMemoryOutboxRepository implements OutboxRepositoryPort {
  constructor(private readonly db: Stores) {}

  async queueOnce(message: NewOutboxMessage): Promise<boolean> {
    const messages = [...this.db.outbox.values()];
    if (messages.some((m) => m.dedupeKey === message.dedupeKey)) return false;
    if (this.db.outbox.has(message.id)) throw uniqueViolation('outbox_message', 'id');
    const stored: OutboxMessage = {
      ...copy(message),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(message.createdAt),
      leaseOwner: null,
      leaseUntil: null,
      lastError: null,
      lastFailure: null,
      messageId: null,
      sentAt: null,
    };
    this.db.outbox.set(message.id, stored);
    return true;
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    const stored = new Set([...this.db.outbox.values()].map((m) => m.dedupeKey));
    return new Set(keys.filter((k) => stored.has(k)));
  }

  leaseDue(): never {
    return notImplemented('OutboxRepositoryPort.leaseDue');
  }

  leasedTo(): never {
    return notImplemented('OutboxRepositoryPort.leasedTo');
  }

  renewLease(): never {
    return notImplemented('OutboxRepositoryPort.renewLease');
  }

  settle(): never {
    return notImplemented('OutboxRepositoryPort.settle');
  }

  release(): never {
    return notImplemented('OutboxRepositoryPort.release');
  }
}
