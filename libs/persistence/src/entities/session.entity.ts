import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from './user.entity.js';

/** A clerk's login. Only the SHA-256 of the token is stored, so a copy of the database logs no one in. */
@Entity('session')
@Index('IDX_session_user', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  /** Hex SHA-256 of the session token. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  /**
   * Null: a full session. `code`: the password was right, the second factor is still to come;
   * `enrol`: the user must first set up a second factor. Such a session opens nothing else.
   */
  @Column({ name: 'second_factor_pending', type: 'varchar', length: 8, nullable: true })
  secondFactorPending: 'code' | 'enrol' | null;

  /** When the session was last used (kept to the minute); null: not since it started. */
  @Column({ name: 'last_seen_at', type: Date, nullable: true })
  lastSeenAt: Date | null;

  /** The address the login came from, for the clerk's own list of sessions. */
  @Column({ name: 'client_ip', type: 'varchar', length: 45, nullable: true })
  clientIp: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
