import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a clerk sees of their own sessions and what the idle timeout needs: when a session was
 * last used, from which address and with which browser. Portable: nullable `ADD COLUMN`s, so
 * sessions started before this migration stay valid (their last use counts as their start).
 */
export class SessionActivity1803200000000 implements MigrationInterface {
  name = 'SessionActivity1803200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.query(`ALTER TABLE "session" ADD COLUMN "last_seen_at" ${instant}`);
    await queryRunner.query(`ALTER TABLE "session" ADD COLUMN "client_ip" varchar(45)`);
    await queryRunner.query(`ALTER TABLE "session" ADD COLUMN "user_agent" varchar(300)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "user_agent"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "client_ip"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "last_seen_at"`);
  }
}
