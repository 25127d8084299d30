import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far a daily sweep has got: `swept_through` is the last day whose reminders are all queued.
 * The next sweep covers the days after it up to today, so a sweep killed half-way is re-run from
 * the same day (the outbox's unique keys make that harmless) and days missed while no scheduler
 * ran are caught up. `digest_on` is the last day the coordinators' digest was queued.
 */
@Entity('sweep_watermark')
export class SweepWatermarkEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'swept_through', type: 'varchar', length: 10 })
  sweptThrough: string;

  @Column({ name: 'digest_on', type: 'varchar', length: 10, nullable: true })
  digestOn: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt: string;
}
