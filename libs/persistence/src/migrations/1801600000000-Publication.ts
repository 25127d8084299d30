import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Publication of decisions: the organisation's TOOI identity (the DiWoo publisher), one
 * `publication` row per request and one `published_document` row per public file. The
 * QueryRunner table API keeps it portable to PostgreSQL; the CHECK is written out as of this
 * migration. The new organisation columns are nullable, so no table rebuild is needed.
 */
export class Publication1801600000000 implements MigrationInterface {
  name = 'Publication1801600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    // Plain ALTER TABLE (as SignatoryPosition does): the table API would rebuild the SQLite table.
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "tooi_uri" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "tooi_label" text`);
    await queryRunner.createTable(
      new Table({
        name: 'publication',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'organisation_id', type: 'varchar', length: '36' },
          { name: 'slug', type: 'varchar', length: '80' },
          { name: 'title', type: 'text' },
          { name: 'publish_on', type: 'varchar', length: '10' },
          { name: 'adopted_at', type: 'varchar', length: '32' },
          { name: 'inventory_json', type: 'text', isNullable: true },
          { name: 'published_at', type: instant, isNullable: true },
          { name: 'withdrawn_at', type: instant, isNullable: true },
          { name: 'withdrawal_reason', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'IDX_publication_due', columnNames: ['published_at', 'publish_on'] },
          {
            name: 'IDX_publication_public',
            columnNames: ['organisation_id', 'published_at', 'request_id'],
          },
          { name: 'IDX_publication_slug', columnNames: ['slug'], isUnique: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'published_document',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'id', type: 'varchar', length: '36' },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'organisation_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'document_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'letter_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'blob_sha256', type: 'varchar', length: '64', isNullable: true },
          { name: 'file_name', type: 'varchar', length: '200' },
          { name: 'media_type', type: 'varchar', length: '100' },
          { name: 'title', type: 'text' },
          { name: 'bytes', type: 'integer' },
          { name: 'created_on', type: 'varchar', length: '10' },
          { name: 'published_at', type: instant, isNullable: true },
          { name: 'withdrawn_at', type: instant, isNullable: true },
        ],
        checks: [
          {
            name: 'CHK_published_document_kind',
            expression: `"kind" IN ('decision', 'inventory', 'document')`,
          },
        ],
        indices: [
          {
            name: 'IDX_published_document_publication',
            columnNames: ['request_id', 'kind'],
          },
          {
            name: 'IDX_published_document_public',
            columnNames: ['published_at', 'withdrawn_at', 'seq'],
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('published_document');
    await queryRunner.dropTable('publication');
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "tooi_label"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "tooi_uri"`);
  }
}
