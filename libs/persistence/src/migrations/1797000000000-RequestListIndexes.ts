import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * List and search indexes: an index for the regime filter sorted by decision deadline,
 * and a stored lower-cased `search_text` (subject + ' ' + requester name; written in JS by the
 * code that inserts a request, backfilled here with SQL `lower`) with an index, so that the
 * text filter is one `LIKE` over one column. Plain SQL that SQLite and PostgreSQL both accept
 * (`ALTER TABLE … ADD COLUMN … DEFAULT`, `||`, `lower`), without SQLite's table rebuild.
 */
export class RequestListIndexes1797000000000 implements MigrationInterface {
  name = 'RequestListIndexes1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request" ADD COLUMN "search_text" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `UPDATE "request" SET "search_text" = lower("subject" || ' ' || "requester_name")`,
    );
    await queryRunner.createIndex(
      'request',
      new TableIndex({
        name: 'IDX_request_org_regime_deadline',
        columnNames: ['organisation_id', 'regime', 'decision_deadline', 'id'],
      }),
    );
    await queryRunner.createIndex(
      'request',
      new TableIndex({
        name: 'IDX_request_org_search_text',
        columnNames: ['organisation_id', 'search_text'],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('request', 'IDX_request_org_search_text');
    await queryRunner.dropIndex('request', 'IDX_request_org_regime_deadline');
    await queryRunner.dropColumn('request', 'search_text');
  }
}
