import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';
import { UserEntity } from './user.entity.js';

/**
 * A secret calendar feed URL: a clerk's own (the requests assigned to them) or, without an owner,
 * the organisation's. Only the SHA-256 of the token is stored, so a copy of the database opens no
 * feed. Rows are never deleted: a revoked feed keeps who made and who revoked it.
 */
@Entity('calendar_feed')
@Index('IDX_calendar_feed_token', ['tokenHash'], { unique: true })
@Index('IDX_calendar_feed_owner', ['organisationId', 'ownerId', 'revokedAt'])
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  /** The clerk whose requests the feed shows; null for the organisation's feed. */
  @Column({ name: 'owner_id', type: 'varchar', length: 36, nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<UserEntity> | null;

  /** Hex SHA-256 of the token in the URL. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'revoked_by', type: 'varchar', length: 36, nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;
}
