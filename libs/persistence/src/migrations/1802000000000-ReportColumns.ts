import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

const INDEX = 'IDX_request_org_decided';
const EVENT_INDEX = 'IDX_request_event_type_date';

/** The events after which a request's decision term may have been suspended. */
const SUSPENDING_EVENTS = [
  'clarification_requested',
  'third_party_view_requested',
  'suspension_agreed',
  'suspension_started',
];

/**
 * The management report needs each request's suspended days (the deadline engine's count) and
 * reads decided requests by decision date, and counts steps of one kind by their legal date. Both are projections like the deadline columns. A
 * request that never had a suspending step has 0 suspended days, which SQL can tell from its
 * events; any other existing request keeps NULL until its next change, and the report folds the
 * events of those few itself. Portable: a nullable `ADD COLUMN`, an UPDATE with a subquery, an
 * index through the QueryRunner, `DROP COLUMN` (SQLite ≥ 3.35).
 */
export class ReportColumns1802000000000 implements MigrationInterface {
  name = 'ReportColumns1802000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: QueryRunner.addColumn rebuilds the table on SQLite from its cached
    // metadata, which misses columns earlier migrations added with plain SQL.
    await queryRunner.query(`ALTER TABLE "request" ADD COLUMN "suspended_days" integer`);
    const types = SUSPENDING_EVENTS.map((t) => `'${t}'`).join(', ');
    await queryRunner.query(
      `UPDATE "request" SET "suspended_days" = 0 WHERE NOT EXISTS (SELECT 1 FROM "request_event" "e" ` +
        `WHERE "e"."request_id" = "request"."id" AND "e"."type" IN (${types}))`,
    );
    await queryRunner.createIndex(
      'request',
      new TableIndex({ name: INDEX, columnNames: ['organisation_id', 'decided_on'] }),
    );
    await queryRunner.createIndex(
      'request_event',
      new TableIndex({ name: EVENT_INDEX, columnNames: ['type', 'occurred_on'] }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('request_event', EVENT_INDEX);
    await queryRunner.dropIndex('request', INDEX);
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "suspended_days"`);
  }
}
