import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * The organisation's branding of the requester's pages: a primary colour and a privacy statement
 * on the organisation row, and the logo in a table of its own, so the bytes are read only by the
 * logo's route and never with every organisation row. The PNG is stored as base64 text, which
 * SQLite and PostgreSQL store alike (at most 200 kB, so about 270 kB of text). Portable: nullable
 * `ADD COLUMN`s and the QueryRunner table API.
 */
export class OrganisationBranding1802500000000 implements MigrationInterface {
  name = 'OrganisationBranding1802500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "brand_colour" varchar(7)`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "privacy_statement" text`);
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'organisation_logo',
        columns: [
          { name: 'organisation_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'width', type: 'integer' },
          { name: 'height', type: 'integer' },
          { name: 'png_base64', type: 'text' },
          { name: 'uploaded_at', type: instant },
        ],
        foreignKeys: [
          {
            columnNames: ['organisation_id'],
            referencedTableName: 'organisation',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('organisation_logo');
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "privacy_statement"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "brand_colour"`);
  }
}
