import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity.js';
import { serialRead, serialTransaction } from '../serial-transaction.js';
import type { OrganisationRecord } from '../storage/records.js';

/** The letterhead fields of an organisation (everything but the id, counter and timestamps). */
export type OrganisationDetails = Omit<
  OrganisationRecord,
  'id' | 'nextReferenceNumber' | 'createdAt'
>;

/** Organisations (bestuursorganen) and their letterheads. */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string): Promise<OrganisationRecord | undefined> {
    return (
      (await serialRead(this.dataSource, (em) => em.findOneBy(OrganisationEntity, { id }))) ??
      undefined
    );
  }

  async findByName(name: string): Promise<OrganisationRecord | undefined> {
    return (
      (await serialRead(this.dataSource, (em) =>
        em.findOne(OrganisationEntity, { where: { name }, order: { createdAt: 'ASC' } }),
      )) ?? undefined
    );
  }

  /** The ids of at most `limit` organisations, oldest first (is there exactly one?). */
  async ids(limit: number): Promise<string[]> {
    const rows = await serialRead(this.dataSource, (em) =>
      em.find(OrganisationEntity, {
        select: { id: true },
        order: { createdAt: 'ASC' },
        take: limit,
      }),
    );
    return rows.map((r) => r.id);
  }

  async insert(organisation: OrganisationRecord): Promise<void> {
    await serialTransaction(this.dataSource, (em) => em.insert(OrganisationEntity, organisation));
  }

  /** Updates the letterhead; the reference counter is left alone. */
  async updateDetails(id: string, details: Partial<OrganisationDetails>): Promise<void> {
    await serialTransaction(this.dataSource, (em) =>
      em.update(OrganisationEntity, { id }, details),
    );
  }
}
