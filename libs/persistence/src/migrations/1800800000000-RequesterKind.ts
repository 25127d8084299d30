import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who made a request: a person or an organisation (a company, a newspaper, a foundation), so the
 * letters can greet an organisation "Geacht bestuur,". Every existing request was registered as a
 * person's, which the default keeps. Portable: `ADD COLUMN` with a default and a named column CHECK
 * works on SQLite (which checks it against existing rows) and PostgreSQL alike; SQLite ≥ 3.35 drops
 * a column whose only CHECK is its own.
 */
export class RequesterKind1800800000000 implements MigrationInterface {
  name = 'RequesterKind1800800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: QueryRunner.addColumn rebuilds the table on SQLite from its cached
    // metadata, which misses columns earlier migrations added with plain SQL.
    await queryRunner.query(
      `ALTER TABLE "request" ADD COLUMN "requester_kind" varchar(12) NOT NULL DEFAULT 'person' ` +
        `CONSTRAINT "CHK_request_requester_kind" CHECK ("requester_kind" IN ('person', 'organisation'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "requester_kind"`);
  }
}
