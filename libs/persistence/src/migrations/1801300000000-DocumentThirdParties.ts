import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The third parties a document concerns and their view per document. The QueryRunner table API
 * keeps it portable to PostgreSQL; the CHECK is written out as of this migration.
 */
export class DocumentThirdParties1801300000000 implements MigrationInterface {
  name = 'DocumentThirdParties1801300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const fk = (column: string, referenced: string) => ({
      name: queryRunner.connection.namingStrategy.foreignKeyName('document_third_party', [column]),
      columnNames: [column],
      referencedTableName: referenced,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    });
    await queryRunner.createTable(
      new Table({
        name: 'document_third_party',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'document_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'asked_in_event', type: 'integer', isNullable: true },
          { name: 'view', type: 'varchar', length: '10', isNullable: true },
          { name: 'view_summary', type: 'varchar', length: '1000', isNullable: true },
          { name: 'view_received_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'created_at', type: instant },
        ],
        checks: [
          {
            name: 'CHK_document_third_party_view',
            expression: `"view" IS NULL OR "view" IN ('agrees', 'objects', 'partly')`,
          },
        ],
        foreignKeys: [fk('request_id', 'request'), fk('document_id', 'document')],
        indices: [
          { name: 'IDX_document_third_party_request', columnNames: ['request_id'] },
          { name: 'IDX_document_third_party_document', columnNames: ['document_id'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_third_party');
  }
}
