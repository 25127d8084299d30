import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

const INDEXES = [
  new TableIndex({ name: 'IDX_request_sweep_hearing', columnNames: ['phase', 'hearing_on'] }),
  new TableIndex({
    name: 'IDX_request_org_objection_stage',
    columnNames: ['organisation_id', 'objection_stage'],
  }),
  new TableIndex({
    name: 'IDX_request_org_appeal_window',
    columnNames: ['organisation_id', 'appeal_window_ends_on'],
  }),
  new TableIndex({
    name: 'IDX_request_org_notice_of_default',
    columnNames: ['organisation_id', 'notice_of_default_two_weeks_end'],
  }),
];

/**
 * The objection procedure as stored columns, so that the dashboard's lists and the hearing
 * reminder read an index instead of folding events: where the objection stands, the planned
 * hearing while it is to be held, and the end of the appeal window. An objection lodged before
 * this migration has had no hearing step yet, so its stage is "hearing to schedule"; the end of an
 * appeal window needs the Atw, so a request decided on objection earlier gets it at its next
 * change. Portable: nullable `ADD COLUMN`s without a CHECK (the values are the domain's list),
 * indexes through the QueryRunner, `DROP COLUMN` (SQLite ≥ 3.35).
 */
export class ObjectionProcedure1802200000000 implements MigrationInterface {
  name = 'ObjectionProcedure1802200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: QueryRunner.addColumn rebuilds the table on SQLite from its cached
    // metadata, which misses columns earlier migrations added with plain SQL.
    await queryRunner.query(`ALTER TABLE "request" ADD COLUMN "objection_stage" varchar(24)`);
    await queryRunner.query(`ALTER TABLE "request" ADD COLUMN "hearing_on" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "request" ADD COLUMN "appeal_window_ends_on" varchar(10)`);
    await queryRunner.query(
      `UPDATE "request" SET "objection_stage" = 'hearing_to_schedule' WHERE "phase" = 'objection_lodged'`,
    );
    for (const index of INDEXES) await queryRunner.createIndex('request', index);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.dropIndex('request', index.name!);
    for (const column of ['appeal_window_ends_on', 'hearing_on', 'objection_stage']) {
      await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "${column}"`);
    }
  }
}
