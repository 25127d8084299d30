import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weighing of interests a relative refusal ground requires, per decided item. Portable:
 * `ADD COLUMN` of a nullable column; old rows keep null (no decision recorded before asked for
 * one). Plain SQL, as in the reminders migration: QueryRunner.addColumn rebuilds the table on
 * SQLite from cached metadata.
 */
export class ItemWeighing1800100000000 implements MigrationInterface {
  name = 'ItemWeighing1800100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request_item" ADD COLUMN "weighing" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request_item" DROP COLUMN "weighing"`);
  }
}
