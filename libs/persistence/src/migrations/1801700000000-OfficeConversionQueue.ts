import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

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
    await queryRunner.addColumns('document', [
      new TableColumn({ name: 'conversion_attempts', type: 'integer', default: 0 }),
      new TableColumn({
        name: 'conversion_claimed_by',
        type: 'varchar',
        length: '36',
        isNullable: true,
      }),
      new TableColumn({ name: 'conversion_claimed_until', type: instant, isNullable: true }),
    ]);
    await queryRunner.query(
      `CREATE INDEX "IDX_document_conversion_due" ON "document" ("conversion", "conversion_claimed_until")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_document_conversion_due"`);
    for (const column of [
      'conversion_claimed_until',
      'conversion_claimed_by',
      'conversion_attempts',
    ]) {
      await queryRunner.dropColumn('document', column);
    }
  }
}
