import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requesters' personal data under the AVG: `request.personal_data_anonymised_on`, the day the
 * requester's data of a request was anonymised (by the retention job or an erasure), so the job
 * never does it twice and the pages can say so. Portable: a nullable `ADD COLUMN`.
 */
export class RequesterPrivacy1803500000000 implements MigrationInterface {
  name = 'RequesterPrivacy1803500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request" ADD COLUMN "personal_data_anonymised_on" varchar(10)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "request" DROP COLUMN "personal_data_anonymised_on"`);
  }
}
