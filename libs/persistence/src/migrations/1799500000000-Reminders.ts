import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/** The sweep indexes of RequestEntity: phase first, then the date a reminder rule watches. */
const SWEEP_INDEXES: readonly [string, string][] = [
  ['IDX_request_sweep_decision', 'decision_deadline'],
  ['IDX_request_sweep_first_term', 'first_term_end'],
  ['IDX_request_sweep_clarification', 'clarification_deadline'],
  ['IDX_request_sweep_suspended_until', 'suspended_until'],
  ['IDX_request_sweep_suspension_ends', 'suspension_ends_on'],
  ['IDX_request_sweep_disclosure', 'disclosure_date'],
  ['IDX_request_sweep_postal_receipt', 'postal_receipt_by'],
  ['IDX_request_sweep_objection_decision', 'objection_decision_deadline'],
  ['IDX_request_sweep_notice_of_default', 'notice_of_default_two_weeks_end'],
];

/**
 * Reminders (the scheduler's half): three projected columns the reminder rules need
 * (extension notified and clarification asked, back-filled from the event log with plain
 * correlated subqueries; the end of a suspension that needs a notice, which only the deadline
 * engine can compute, so it is filled by the next change of a request); one index per watched
 * date led by the phase; the scheduler's lease and its sweep watermark. Portable: `ADD COLUMN` of a nullable column and `DROP COLUMN` (SQLite ≥ 3.35), `MIN`
 * over a subquery, and the QueryRunner table API for new tables and indexes.
 */
export class Reminders1799500000000 implements MigrationInterface {
  name = 'Reminders1799500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: QueryRunner.addColumn rebuilds the table on SQLite from its cached
    // metadata, which misses columns earlier migrations added with plain SQL.
    for (const column of [
      'extension_notified_on',
      'clarification_requested_on',
      'suspension_ends_on',
    ]) {
      await queryRunner.query(`ALTER TABLE "request" ADD COLUMN "${column}" varchar(10)`);
    }
    const firstEvent = (type: string) =>
      `(SELECT MIN("e"."occurred_on") FROM "request_event" "e" WHERE "e"."request_id" = "request"."id" AND "e"."type" = '${type}')`;
    await queryRunner.query(
      `UPDATE "request" SET "extension_notified_on" = ${firstEvent('extension_notified')}, "clarification_requested_on" = ${firstEvent('clarification_requested')}`,
    );
    for (const [name, column] of SWEEP_INDEXES) {
      await queryRunner.createIndex(
        'request',
        new TableIndex({ name, columnNames: ['phase', column] }),
      );
    }
    await queryRunner.createTable(
      new Table({
        name: 'scheduler_lease',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'owner', type: 'varchar', length: '128', isNullable: true },
          { name: 'lease_until', type: 'varchar', length: '24' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sweep_watermark',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'swept_through', type: 'varchar', length: '10' },
          { name: 'digest_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'updated_at', type: 'varchar', length: '24' },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sweep_watermark');
    await queryRunner.dropTable('scheduler_lease');
    for (const [name] of SWEEP_INDEXES) await queryRunner.dropIndex('request', name);
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "suspension_ends_on"`);
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "clarification_requested_on"`);
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "extension_notified_on"`);
  }
}
