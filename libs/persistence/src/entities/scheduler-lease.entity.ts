import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who may run a scheduled job right now, across processes (the API with the embedded scheduler,
 * a separate worker, a second worker by mistake). One row per job; a process takes it with a
 * conditional UPDATE (free or expired, or already its own) and renews it while it works.
 * `lease_until` is an ISO-8601 UTC instant as text: it compares as text the same on SQLite and
 * PostgreSQL, and parameters bind as plain strings on both.
 */
@Entity('scheduler_lease')
export class SchedulerLeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  owner: string | null;

  @Column({ name: 'lease_until', type: 'varchar', length: 24 })
  leaseUntil: string;
}
