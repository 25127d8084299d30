import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on: the identity provider's subject (`sub`) a user is known by there, with the
 * issuer it belongs to. A `sub` is unique only within its issuer, hence the pair's unique index;
 * both stay NULL for a user who has never logged in through a provider (NULLs never collide in
 * SQLite or PostgreSQL). Portable: nullable `ADD COLUMN`s, no table rebuild.
 */
export class SingleSignOn1803300000000 implements MigrationInterface {
  name = 'SingleSignOn1803300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" ADD COLUMN "oidc_issuer" text`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD COLUMN "oidc_subject" varchar(255)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_user_account_oidc_subject" ON "user_account" ("oidc_issuer", "oidc_subject")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_user_account_oidc_subject"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "oidc_subject"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "oidc_issuer"`);
  }
}
