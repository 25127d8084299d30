import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { inList } from '../stored-values.js';
import { UserEntity } from './user.entity.js';

export const USER_TOKEN_PURPOSES = ['invitation', 'password_reset'] as const;
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number];

/**
 * A one-time link sent by mail to set a password: an invitation or a reset. Only the SHA-256 of
 * the token is stored, so a copy of the database opens no account; `used_at` makes it one-time.
 */
@Entity('user_token')
@Check('CHK_user_token_purpose', inList('purpose', USER_TOKEN_PURPOSES))
@Index('IDX_user_token_user', ['userId'])
export class UserTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  purpose: UserTokenPurpose;

  /** Hex SHA-256 of the token. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'used_at', type: Date, nullable: true })
  usedAt: Date | null;
}
