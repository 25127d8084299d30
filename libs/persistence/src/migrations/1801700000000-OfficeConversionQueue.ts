import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Office documents are converted to PDF after the upload, by a queued job: `conversion` gains
 * the value 'pending' (no CHECK on it, so no table rebuild), and each document gets the number
 * of attempts made and the claim of the process converting it (who, and until when; after a
 * failure the same column holds back the next attempt). Nullable or defaulted columns added in
 * place, and an index for the job's claim of the due documents (portable to PostgreSQL).
 * Documents stored before are left as they are: converted or not at their upload.
 */
export class OfficeConversionQueue1801700000000 implements MigrationInterface {
  name = 'OfficeConversionQueue1801700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    // Plain ALTER TABLE … ADD COLUMN (SQLite and PostgreSQL alike): TypeORM's addColumns rebuilds
    // the table on SQLite and loses the indexes earlier migrations made by hand.
    for (const column of [
      '"conversion_attempts" integer NOT NULL DEFAULT 0',
      '"conversion_claimed_by" varchar(36)',
      `"conversion_claimed_until" ${instant}`,
    ]) {
      await queryRunner.query(`ALTER TABLE "document" ADD COLUMN ${column}`);
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_document_conversion_due" ON "document" ("conversion", "conversion_claimed_until")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_document_conversion_due"`);
    // Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+, PostgreSQL), for the same reason as above.
    for (const column of [
      'conversion_claimed_until',
      'conversion_claimed_by',
      'conversion_attempts',
    ]) {
      await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "${column}"`);
    }
  }
}
