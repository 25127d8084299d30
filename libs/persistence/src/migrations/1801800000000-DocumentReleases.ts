import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The files of a request's release: each released document's PDF, the bundles and the
 * inventory, their bytes in the content-addressed store. The QueryRunner table API keeps it portable to PostgreSQL; the
 * CHECK is written out as of this migration.
 */
export class DocumentReleases1801800000000 implements MigrationInterface {
  name = 'DocumentReleases1801800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const fk = (column: string, referenced: string) => ({
      name: queryRunner.connection.namingStrategy.foreignKeyName('document_release', [column]),
      columnNames: [column],
      referencedTableName: referenced,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    });
    await queryRunner.createTable(
      new Table({
        name: 'document_release',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'release_number', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'position', type: 'integer' },
          { name: 'document_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'document_number', type: 'integer', isNullable: true },
          { name: 'file_name', type: 'varchar', length: '100' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'blob_sha256', type: 'varchar', length: '64' },
          { name: 'pages', type: 'integer' },
          { name: 'bytes', type: 'integer' },
          { name: 'redacted_boxes', type: 'integer' },
          { name: 'released_at', type: instant },
          { name: 'released_by', type: 'varchar', length: '36', isNullable: true },
        ],
        checks: [
          {
            name: 'CHK_document_release_kind',
            expression: `"kind" IN ('document', 'bundle', 'inventory')`,
          },
        ],
        foreignKeys: [fk('request_id', 'request'), fk('document_id', 'document')],
        indices: [
          { name: 'IDX_document_release_request', columnNames: ['request_id', 'position'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_release');
  }
}
