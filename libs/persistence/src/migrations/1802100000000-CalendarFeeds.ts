import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Calendar feeds: one row per secret feed URL, personal or the organisation's, with the hash of
 * its token. The QueryRunner table API keeps it portable to PostgreSQL.
 */
export class CalendarFeeds1802100000000 implements MigrationInterface {
  name = 'CalendarFeeds1802100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const fk = (column: string, referenced: string) => ({
      name: queryRunner.connection.namingStrategy.foreignKeyName('calendar_feed', [column]),
      columnNames: [column],
      referencedTableName: referenced,
      referencedColumnNames: ['id'],
      onDelete: 'NO ACTION',
      onUpdate: 'NO ACTION',
    });
    await queryRunner.createTable(
      new Table({
        name: 'calendar_feed',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'organisation_id', type: 'varchar', length: '36' },
          { name: 'owner_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: instant },
          { name: 'revoked_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'revoked_at', type: instant, isNullable: true },
        ],
        foreignKeys: [fk('organisation_id', 'organisation'), fk('owner_id', 'user_account')],
        indices: [
          { name: 'IDX_calendar_feed_token', columnNames: ['token_hash'], isUnique: true },
          {
            name: 'IDX_calendar_feed_owner',
            columnNames: ['organisation_id', 'owner_id', 'revoked_at'],
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('calendar_feed');
  }
}
