import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * A user's TOTP secret. It has to be readable to check a code, so it is stored as is (like the
 * mail password in the configuration): a copy of the database gives the second factor, never the
 * password. `confirmed_at` is null while enrolment waits for the first code.
 */
@Entity('second_factor')
export class SecondFactorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @OneToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  /** Base32, as the authenticator app shows it. */
  @Column({ type: 'varchar', length: 64 })
  secret: string;

  @Column({ name: 'confirmed_at', type: Date, nullable: true })
  confirmedAt: Date | null;

  /** The last 30-second step whose code was accepted; a code of it or before is refused. */
  @Column({ name: 'last_step', type: 'integer', nullable: true })
  lastStep: number | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
