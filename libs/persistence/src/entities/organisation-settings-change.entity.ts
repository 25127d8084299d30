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
 * One change of an organisation's letter settings by a coordinator: who, when, and per changed
 * field the value before and after. The organisation has no event log of its own, and a letter
 * signed by the wrong person must be traceable to the change that put the name there.
 */
@Entity('organisation_settings_changed')
@Index('IDX_organisation_settings_changed_org', ['organisationId', 'changedAt'])
export class OrganisationSettingsChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  // Declared so that the entities describe the foreign keys the migration creates.
  @ManyToOne(() => OrganisationEntity, { nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @ManyToOne(() => UserEntity, { nullable: false })
  @JoinColumn({ name: 'changed_by' })
  changer?: Relation<UserEntity>;

  /** The coordinator's user id. */
  @Column({ name: 'changed_by', type: 'varchar', length: 36 })
  changedBy: string;

  @Column({ name: 'changed_at', type: Date })
  changedAt: Date;

  /** JSON: `{ "<field>": { "from": …, "to": … } }` for the fields that changed. */
  @Column({ type: 'text' })
  changes: string;
}
