import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status tokens become derivable (HMAC of the request id and a generation, libs/register
 * StatusLinks), so a letter or an e-mail can carry the requester's link long after the request
 * was logged. Rows logged before keep their random token's hash and generation 0: their link
 * stays valid but cannot be re-derived until the clerk reissues it. Portable SQL.
 */
export class StatusTokenGeneration1797500000000 implements MigrationInterface {
  name = 'StatusTokenGeneration1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request" ADD COLUMN "status_token_generation" integer NOT NULL DEFAULT 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('request', 'status_token_generation');
  }
}
