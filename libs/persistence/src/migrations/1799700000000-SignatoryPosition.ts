import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signing official's position ("directeur Wetgeving en Juridische Zaken"), printed under their
 * name below "namens deze". A nullable column: an organisation without it gets a blocking warning
 * on its letters rather than a refusal.
 */
export class SignatoryPosition1799700000000 implements MigrationInterface {
  name = 'SignatoryPosition1799700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "signatory_position" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "signatory_position"`);
  }
}
