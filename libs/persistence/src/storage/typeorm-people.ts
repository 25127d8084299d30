import { type EntityManager, In } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { findRecipients } from '../repositories/reminder-sweep.query.js';
import type { OrganisationRepositoryPort, UserRepositoryPort } from './ports.js';
import type { OrganisationRecord, UserRecord } from './records.js';

/** The organisations port on TypeORM, bound to one transaction or read. */
export class TypeOrmOrganisationRepository implements OrganisationRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  /** The organisation without its branding, which only OrganisationBrandingRepository reads. */
  async find(id: string): Promise<OrganisationRecord | null> {
    const found = await this.em.findOneBy(OrganisationEntity, { id });
    if (!found) return null;
    const { brandColour, privacyStatement, ...record } = found;
    return record;
  }

  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    // In chunks: SQLite limits the number of bound parameters.
    for (let k = 0; k < ids.length; k += 500) {
      const found = await this.em.find(OrganisationEntity, {
        where: { id: In(ids.slice(k, k + 500)) },
        select: { id: true, name: true },
      });
      for (const o of found) names.set(o.id, o.name);
    }
    return names;
  }
}

/** The users port on TypeORM, bound to one transaction or read. */
export class TypeOrmUserRepository implements UserRepositoryPort {
  constructor(private readonly em: EntityManager) {}

  find(id: string): Promise<UserRecord | null> {
    return this.em.findOneBy(UserEntity, { id });
  }

  findInOrganisation(organisationId: string, userId: string): Promise<UserRecord | null> {
    return this.em.findOneBy(UserEntity, { id: userId, organisationId });
  }

  coordinators(organisationId: string) {
    return this.em.find(UserEntity, {
      where: { organisationId, role: 'coordinator' },
      select: { email: true, name: true },
    });
  }

  colleagues(organisationId: string): Promise<Pick<UserRecord, 'id' | 'name'>[]> {
    return this.em.find(UserEntity, {
      select: { id: true, name: true },
      where: { organisationId },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  async organisationsWithCoordinator(): Promise<string[]> {
    const rows = await this.em
      .createQueryBuilder(UserEntity, 'u')
      .select('DISTINCT u.organisation_id', 'organisation_id')
      .where("u.role = 'coordinator'")
      .getRawMany<{ organisation_id: string }>();
    return rows.map((r) => r.organisation_id);
  }

  recipients(userIds: readonly string[], organisationIds: readonly string[]) {
    return findRecipients(this.em, userIds, organisationIds);
  }
}
