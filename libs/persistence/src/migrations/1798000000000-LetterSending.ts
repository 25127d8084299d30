import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters that are sent: the date on the letter (`letter_date`), the extra input a
 * letter was made with (`input`, JSON, e.g. how a third-party-view notice names the third
 * parties) and the sending stamp (`sent_on`, `sent_at`, `sent_by`), set once when the letter is
 * recorded as sent. Plain `ALTER TABLE … ADD COLUMN` of nullable columns, which SQLite and
 * PostgreSQL both accept without rebuilding the table; `sent_by` has no foreign key because
 * SQLite cannot add one to an existing table without that rebuild (the application writes only
 * the acting user's id there).
 */
export class LetterSending1798000000000 implements MigrationInterface {
  name = 'LetterSending1798000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    for (const column of [
      `"letter_date" varchar(10)`,
      `"input" text`,
      `"sent_on" varchar(10)`,
      `"sent_at" ${instant}`,
      `"sent_by" varchar(36)`,
    ]) {
      await queryRunner.query(`ALTER TABLE "letter" ADD COLUMN ${column}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['sent_by', 'sent_at', 'sent_on', 'input', 'letter_date']) {
      await queryRunner.query(`ALTER TABLE "letter" DROP COLUMN "${column}"`);
    }
  }
}
