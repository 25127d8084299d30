import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * A second factor for clerks: per user the TOTP secret (set at enrolment, confirmed by a first
 * code) and the last step used, so a code cannot be replayed; single-use recovery codes (only
 * their SHA-256); on a session whether it still waits for the code or for enrolment; and the
 * organisation's choice to require the second factor of clerks too (coordinators always). New
 * tables and `ADD COLUMN`s only, so nothing is rebuilt; portable to PostgreSQL as the others.
 */
export class SecondFactor1803100000000 implements MigrationInterface {
  name = 'SecondFactor1803100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const no = queryRunner.connection.driver.options.type === 'postgres' ? 'false' : '0';
    const userForeignKey = (table: string) => ({
      name: queryRunner.connection.namingStrategy.foreignKeyName(table, ['user_id']),
      columnNames: ['user_id'],
      referencedTableName: 'user_account',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    });
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD COLUMN "second_factor_for_clerks" boolean NOT NULL DEFAULT ${no}`,
    );
    await queryRunner.query(`ALTER TABLE "session" ADD COLUMN "second_factor_pending" varchar(8)`);
    await queryRunner.createTable(
      new Table({
        name: 'second_factor',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'secret', type: 'varchar', length: '64' },
          { name: 'confirmed_at', type: instant, isNullable: true },
          { name: 'last_step', type: 'integer', isNullable: true },
          { name: 'created_at', type: instant },
        ],
        foreignKeys: [userForeignKey('second_factor')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'recovery_code',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'code_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'created_at', type: instant },
          { name: 'used_at', type: instant, isNullable: true },
        ],
        foreignKeys: [userForeignKey('recovery_code')],
        indices: [{ name: 'IDX_recovery_code_user', columnNames: ['user_id'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('recovery_code');
    await queryRunner.dropTable('second_factor');
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "second_factor_pending"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "second_factor_for_clerks"`);
  }
}
