import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

const EVENT_INDEX = 'IDX_request_event_org_type_date';
const OLD_EVENT_INDEX = 'IDX_request_event_type_date';
const DECIDED = 'IDX_request_org_decided';
const RECEIVED = 'IDX_request_org_received';

/** The columns the report streams, after the keyset, so the stream reads the index only. */
const REPORT_STREAM = ['decided_on', 'decision_deadline', 'suspended_days', 'phase', 'assignee_id'];

/**
 * The management report of a whole organisation reads every request and every counted step, so
 * each of its reads must stay inside one index:
 * - the events get their request's organisation (copied once here, set on every append), so the
 *   step counts are one seek into (organisation, type, date) instead of a look-up of each
 *   event's request;
 * - the decided-on index ends with the id, which the join to items and documents needs;
 * - the received-on index (the stream's keyset, and the list's sort) carries the columns the
 *   stream reads.
 * The old (type, date) event index served only the report and goes. Portable: a nullable
 * `ADD COLUMN` (SQLite cannot add a NOT NULL column without a default), an UPDATE with a
 * correlated subquery, indexes through the QueryRunner.
 */
export class ReportIndexes1802600000000 implements MigrationInterface {
  name = 'ReportIndexes1802600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: QueryRunner.addColumn rebuilds the table on SQLite from its cached
    // metadata, which misses columns earlier migrations added with plain SQL.
    await queryRunner.query(`ALTER TABLE "request_event" ADD COLUMN "organisation_id" varchar(36)`);
    await queryRunner.query(
      `UPDATE "request_event" SET "organisation_id" = ` +
        `(SELECT "r"."organisation_id" FROM "request" "r" WHERE "r"."id" = "request_event"."request_id")`,
    );
    await queryRunner.dropIndex('request_event', OLD_EVENT_INDEX);
    await queryRunner.createIndex(
      'request_event',
      new TableIndex({
        name: EVENT_INDEX,
        columnNames: ['organisation_id', 'type', 'occurred_on'],
      }),
    );
    await this.replace(queryRunner, DECIDED, ['organisation_id', 'decided_on', 'id']);
    await this.replace(queryRunner, RECEIVED, [
      'organisation_id',
      'received_on',
      'id',
      ...REPORT_STREAM,
    ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.replace(queryRunner, RECEIVED, ['organisation_id', 'received_on', 'id']);
    await this.replace(queryRunner, DECIDED, ['organisation_id', 'decided_on']);
    await queryRunner.dropIndex('request_event', EVENT_INDEX);
    await queryRunner.createIndex(
      'request_event',
      new TableIndex({ name: OLD_EVENT_INDEX, columnNames: ['type', 'occurred_on'] }),
    );
    await queryRunner.query(`ALTER TABLE "request_event" DROP COLUMN "organisation_id"`);
  }

  private async replace(queryRunner: QueryRunner, name: string, columnNames: string[]) {
    await queryRunner.query(`DROP INDEX "${name}"`);
    await queryRunner.createIndex('request', new TableIndex({ name, columnNames }));
  }
}
