import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The areas of a document's pages marked to be blacked out, each with its ground. The
 * QueryRunner table API keeps it portable to PostgreSQL; the CHECK is written out as of this
 * migration.
 */
export class DocumentRedactions1801400000000 implements MigrationInterface {
  name = 'DocumentRedactions1801400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const fk = (column: string, referenced: string) => ({
      name: queryRunner.connection.namingStrategy.foreignKeyName('document_redaction', [column]),
      columnNames: [column],
      referencedTableName: referenced,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    });
    const points = (name: string) => ({ name, type: 'double precision' });
    await queryRunner.createTable(
      new Table({
        name: 'document_redaction',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'document_id', type: 'varchar', length: '36' },
          { name: 'page', type: 'integer' },
          points('x'),
          points('y'),
          points('width'),
          points('height'),
          { name: 'ground', type: 'varchar', length: '20' },
          { name: 'label', type: 'varchar', length: '20' },
          { name: 'source', type: 'varchar', length: '10' },
          { name: 'term', type: 'varchar', length: '200', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: instant },
        ],
        checks: [
          {
            name: 'CHK_document_redaction_source',
            expression: `"source" IN ('term', 'suggestion', 'area')`,
          },
        ],
        foreignKeys: [fk('request_id', 'request'), fk('document_id', 'document')],
        indices: [{ name: 'IDX_document_redaction_document', columnNames: ['document_id'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_redaction');
  }
}
