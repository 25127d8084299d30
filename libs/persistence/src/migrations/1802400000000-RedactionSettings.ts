import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two coordinator settings of the organisation for redaction and release: the names of persons
 * it lists (one per line; the personal-data suggestions look for them besides the request's third
 * parties), and the bundle size a release uses when the clerk gives none. And on the request,
 * the day a provisional measure against the disclosure was asked for while it is pending (null:
 * none), which holds the requester's downloads and the publication back. Portable: plain
 * `ADD COLUMN`s with a default and a named column CHECK (SQLite and PostgreSQL both accept one
 * there; QueryRunner.addColumn would rebuild the table on SQLite from cached metadata), and
 * `DROP COLUMN` (SQLite ≥ 3.35).
 */
export class RedactionSettings1802400000000 implements MigrationInterface {
  name = 'RedactionSettings1802400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD COLUMN "listed_names" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD COLUMN "bundle_megabytes" integer NOT NULL DEFAULT 25 CONSTRAINT "CHK_organisation_bundle_megabytes" CHECK ("bundle_megabytes" BETWEEN 1 AND 500)`,
    );
    await queryRunner.query(
      `ALTER TABLE "request" ADD COLUMN "provisional_measure_since" varchar(10)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "provisional_measure_since"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "bundle_megabytes"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "listed_names"`);
  }
}
