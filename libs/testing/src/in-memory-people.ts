import type {
  OrganisationRecord,
  OrganisationRepositoryPort,
  UserRecord,
  UserRepositoryPort,
} from '@wobdesk/persistence';
import { copy, notImplemented, type Stores } from './stores.js';

/** The organisations port on the fake's tables. */
export class InMemoryOrganisationRepository implements OrganisationRepositoryPort {
  constructor(private readonly db: Stores) {}

  async find(id: string): Promise<OrganisationRecord | null> {
    const org = this.db.organisations.get(id);
    return org ? copy(org) : null;
  }

  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of ids) {
      const org = this.db.organisations.get(id);
      if (org) names.set(id, org.name);
    }
    return names;
  }
}

/** The users port on the fake's tables; the reminder recipients are not in the fake. */
export class InMemoryUserRepository implements UserRepositoryPort {
  constructor(private readonly db: Stores) {}

  async find(id: string): Promise<UserRecord | null> {
    const user = this.db.users.get(id);
    return user ? copy(user) : null;
  }

  async findInOrganisation(organisationId: string, userId: string): Promise<UserRecord | null> {
    const user = this.db.users.get(userId);
    return user && user.organisationId === organisationId ? copy(user) : null;
  }

  async coordinators(organisationId: string): Promise<Pick<UserRecord, 'email' | 'name'>[]> {
    return [...this.db.users.values()]
      .filter((u) => u.organisationId === organisationId && u.role === 'coordinator')
      .map((u) => ({ email: u.email, name: u.name }));
  }

  async colleagues(organisationId: string): Promise<Pick<UserRecord, 'id' | 'name'>[]> {
    // SQLite's default BINARY collation: by UTF-16 code unit, like `<` on strings.
    return [...this.db.users.values()]
      .filter((u) => u.organisationId === organisationId)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
      .map((u) => ({ id: u.id, name: u.name }));
  }

  async organisationsWithCoordinator(): Promise<string[]> {
    const ids = [...this.db.users.values()]
      .filter((u) => u.role === 'coordinator')
      .map((u) => u.organisationId);
    return [...new Set(ids)];
  }

  recipients(): never {
    return notImplemented('UserRepositoryPort.recipients');
  }
}
