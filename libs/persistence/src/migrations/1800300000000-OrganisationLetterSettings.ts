import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The organisation's letter settings as coordinators run them: the grammatical person its
 * letters speak in (`voice`: a minister writes "ik", a college "wij"), and an audit row per
 * change of the settings (who, when, which fields, before and after), because the organisation
 * has no event log of its own. Portable: a plain `ADD COLUMN` with a default and a named CHECK
 * (SQLite and PostgreSQL both accept a column constraint there; QueryRunner.addColumn would
 * rebuild the table on SQLite from cached metadata), and the QueryRunner table API for the new
 * table.
 */
export class OrganisationLetterSettings1800300000000 implements MigrationInterface {
  name = 'OrganisationLetterSettings1800300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD COLUMN "voice" varchar(3) NOT NULL DEFAULT 'ik' CONSTRAINT "CHK_organisation_voice" CHECK ("voice" IN ('ik', 'wij'))`,
    );
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'organisation_settings_changed',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'organisation_id', type: 'varchar', length: '36' },
          { name: 'changed_by', type: 'varchar', length: '36' },
          { name: 'changed_at', type: instant },
          { name: 'changes', type: 'text' },
        ],
        foreignKeys: [
          {
            columnNames: ['organisation_id'],
            referencedTableName: 'organisation',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['changed_by'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'organisation_settings_changed',
      new TableIndex({
        name: 'IDX_organisation_settings_changed_org',
        columnNames: ['organisation_id', 'changed_at'],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('organisation_settings_changed');
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "voice"`);
  }
}
