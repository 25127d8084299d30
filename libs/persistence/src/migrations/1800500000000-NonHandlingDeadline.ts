import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

const INDEX = 'IDX_request_non_handling';

/**
 * The last day to make known a decision not to handle an unspecified request (Woo art. 4.1 lid 6;
 * Wob: Awb 4:5 lid 4), stored like the other deadlines so that lists and reminders can read it
 * without folding events. Only the deadline engine can compute it (the Atw applies), so, like
 * `suspension_ends_on` before it, an existing request gets it at its next change. Portable: a
 * nullable `ADD COLUMN`, an index through the QueryRunner, `DROP COLUMN` (SQLite ≥ 3.35).
 */
export class NonHandlingDeadline1800500000000 implements MigrationInterface {
  name = 'NonHandlingDeadline1800500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: QueryRunner.addColumn rebuilds the table on SQLite from its cached
    // metadata, which misses columns earlier migrations added with plain SQL.
    await queryRunner.query(
      `ALTER TABLE "request" ADD COLUMN "non_handling_decision_deadline" varchar(10)`,
    );
    await queryRunner.createIndex(
      'request',
      new TableIndex({ name: INDEX, columnNames: ['phase', 'non_handling_decision_deadline'] }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('request', INDEX);
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "non_handling_decision_deadline"`);
  }
}
