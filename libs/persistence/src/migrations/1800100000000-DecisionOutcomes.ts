import { type MigrationInterface, type QueryRunner, TableCheck } from 'typeorm';

const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

const OUTCOMES_BEFORE = ['granted', 'partly_granted', 'refused', 'no_documents', 'already_public'];
/** Two outcomes as practised: dropped by the requester after consultation, answered outside the act. */
const OUTCOMES_AFTER = [...OUTCOMES_BEFORE, 'dropped', 'answered_outside'];

const check = (values: readonly string[]) =>
  new TableCheck({
    name: 'CHK_request_item_outcome',
    expression: `"outcome" IS NULL OR ${inList('outcome', values)}`,
  });

/**
 * The decision per item as practised: the weighing of interests a relative ground requires,
 * where information that is already public can be found, the item whose answer an item shares,
 * and two more outcomes. Old rows stay valid: the new columns are nullable and the outcome list
 * only grows. Portable: plain `ADD COLUMN` of nullable columns (QueryRunner.addColumn would
 * rebuild the table on SQLite from cached metadata), then the CHECK replaced through the
 * QueryRunner on the table as read from the database (a table rebuild on SQLite, `ALTER TABLE
 * … DROP/ADD CONSTRAINT` on PostgreSQL).
 */
export class DecisionOutcomes1800100000000 implements MigrationInterface {
  name = 'DecisionOutcomes1800100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request_item" ADD COLUMN "weighing" text`);
    await queryRunner.query(`ALTER TABLE "request_item" ADD COLUMN "where_available" text`);
    await queryRunner.query(`ALTER TABLE "request_item" ADD COLUMN "answered_with" integer`);
    await this.replaceOutcomeCheck(queryRunner, OUTCOMES_AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "request_item" SET "outcome" = NULL WHERE ${inList('outcome', ['dropped', 'answered_outside'])}`,
    );
    await this.replaceOutcomeCheck(queryRunner, OUTCOMES_BEFORE);
    for (const column of ['answered_with', 'where_available', 'weighing']) {
      await queryRunner.query(`ALTER TABLE "request_item" DROP COLUMN "${column}"`);
    }
  }

  private async replaceOutcomeCheck(queryRunner: QueryRunner, values: readonly string[]) {
    // Read from the database, not the cache: the cache misses the columns added above.
    const table = (await queryRunner.getTable('request_item'))!;
    await queryRunner.dropCheckConstraint(table, 'CHK_request_item_outcome');
    await queryRunner.createCheckConstraint(table, check(values));
  }
}
