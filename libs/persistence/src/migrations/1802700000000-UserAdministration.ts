import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Users run by coordinators: whether a user is active (a deactivated one cannot log in), when
 * they last logged in, and the one-time links of invitations and password resets (only the
 * token's hash). And the organisation's general settings: whether the public request form is
 * open, its introduction, and the retention period of requesters' personal data. An invited user has no password yet: the existing NOT NULL column keeps an
 * empty string, which no password verifies against, so the table needs no rebuild. Portable:
 * `ADD COLUMN`s with a default and the QueryRunner table API; the boolean default is spelled as
 * each database stores it, so the entities and the schema agree on both.
 */
export class UserAdministration1802700000000 implements MigrationInterface {
  name = 'UserAdministration1802700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const yes = queryRunner.connection.driver.options.type === 'postgres' ? 'true' : '1';
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD COLUMN "active" boolean NOT NULL DEFAULT ${yes}`,
    );
    await queryRunner.query(`ALTER TABLE "user_account" ADD COLUMN "last_login_at" ${instant}`);
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD COLUMN "public_form_open" boolean NOT NULL DEFAULT ${yes}`,
    );
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "public_form_intro" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "retention_months" integer`);
    await queryRunner.createTable(
      new Table({
        name: 'user_token',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'purpose', type: 'varchar', length: '16' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'expires_at', type: instant },
          { name: 'created_at', type: instant },
          { name: 'used_at', type: instant, isNullable: true },
        ],
        checks: [
          {
            name: 'CHK_user_token_purpose',
            expression: `"purpose" IN ('invitation', 'password_reset')`,
          },
        ],
        foreignKeys: [
          {
            name: queryRunner.connection.namingStrategy.foreignKeyName('user_token', ['user_id']),
            columnNames: ['user_id'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
        indices: [{ name: 'IDX_user_token_user', columnNames: ['user_id'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('user_token');
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "retention_months"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "public_form_intro"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "public_form_open"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "last_login_at"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "active"`);
  }
}
