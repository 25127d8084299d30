import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The documents of a request: one row per document collected, the file itself kept outside the
 * database in the content-addressed store. A unique (request, number) index keeps a number from
 * being given twice. Written with the QueryRunner table API like Letters1796000000000 (portable
 * to PostgreSQL), with the foreign-key names TypeORM's naming strategy gives.
 */
export class Documents1800600000000 implements MigrationInterface {
  name = 'Documents1800600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const fk = (name: string, column: string, table: string, onDelete = 'NO ACTION') => ({
      name,
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
      onUpdate: 'NO ACTION',
    });
    await queryRunner.createTable(
      new Table({
        name: 'document',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('request_id', 36),
          { name: 'number', type: 'integer' },
          varchar('sha256', 64),
          varchar('file_name', 255),
          varchar('media_type', 128),
          { name: 'size_bytes', type: 'integer' },
          { name: 'page_count', type: 'integer', isNullable: true },
          varchar('family_id', 36, true),
          varchar('document_date', 10, true),
          { name: 'description', type: 'text', isNullable: true },
          { name: 'extracted_text', type: 'text', isNullable: true },
          { name: 'created_at', type: instant },
          varchar('created_by', 36, true),
        ],
        foreignKeys: [
          fk(
            queryRunner.connection.namingStrategy.foreignKeyName('document', ['request_id']),
            'request_id',
            'request',
            'CASCADE',
          ),
          fk(
            queryRunner.connection.namingStrategy.foreignKeyName('document', ['created_by']),
            'created_by',
            'user_account',
          ),
        ],
        indices: [
          {
            name: 'IDX_document_request_number',
            columnNames: ['request_id', 'number'],
            isUnique: true,
          },
          { name: 'IDX_document_sha256', columnNames: ['sha256'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document');
  }
}
