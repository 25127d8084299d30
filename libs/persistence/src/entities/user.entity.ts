import { ROLES } from '@wobdesk/domain';
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
import { OrganisationEntity } from './organisation.entity.js';

/**
 * A clerk or coordinator of one organisation. The table is `user_account` because `user` is a
 * reserved word in PostgreSQL.
 */
@Entity('user_account')
@Check('CHK_user_account_role', inList('role', ROLES))
@Index('IDX_user_account_organisation', ['organisationId'])
@Index('IDX_user_account_oidc_subject', ['oidcIssuer', 'oidcSubject'], { unique: true })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  /** Stored in lower case; the login name. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: (typeof ROLES)[number];

  /**
   * `scrypt$N$r$p$salt$hash` (base64url); never the password itself. Empty while an invited
   * user has not set one: no password verifies against it.
   */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  /** False: login refused and no session recognised, until a coordinator reactivates. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'last_login_at', type: Date, nullable: true })
  lastLoginAt: Date | null;

  /** The identity provider's issuer URL once the user has logged in through it; else null. */
  @Column({ name: 'oidc_issuer', type: 'text', nullable: true })
  oidcIssuer: string | null;

  /** The user's subject (`sub`) at that provider: how later logins find them, whatever their e-mail. */
  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject: string | null;
}
