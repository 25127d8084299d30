import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The line with which a late decision apologises, in the organisation's own words. Nullable: an
 * organisation without it gets the letters' default line.
 */
export class LateDecisionApology1800200000000 implements MigrationInterface {
  name = 'LateDecisionApology1800200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "late_decision_apology" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "late_decision_apology"`);
  }
}
