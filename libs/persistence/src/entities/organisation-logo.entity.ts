import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';

/** The organisation's logo on the requester's pages: a checked PNG, as base64 text. */
@Entity('organisation_logo')
export class OrganisationLogoEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'varchar', length: 36 })
  organisationId: string;

  // Declared so that the entities describe the foreign key the migration creates.
  @OneToOne(() => OrganisationEntity, { nullable: false })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  /** Hex SHA-256 of the PNG bytes: the logo's ETag and what the settings change records. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ name: 'png_base64', type: 'text' })
  pngBase64: string;

  @Column({ name: 'uploaded_at', type: Date })
  uploadedAt: Date;
}
