import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Generated letters: one insert-only row per generated letter, with its HTML, its PDF
 * (base64 text: portable to PostgreSQL without a driver-dependent binary type), the template
 * version and set hash, the content and PDF hashes. Written with the QueryRunner table API like
 * RequestRegister1795612495288, with the foreign-key names TypeORM's naming strategy gives, so
 * that `migration:generate` finds no difference.
 */
export class Letters1796000000000 implements MigrationInterface {
  name = 'Letters1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const text = (name: string): TableColumnOptions => ({ name, type: 'text' });
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
        name: 'letter',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('request_id', 36),
          varchar('organisation_id', 36),
          { name: 'event_sequence', type: 'integer' },
          varchar('kind', 32),
          text('subject'),
          varchar('template_version', 128),
          varchar('template_set_hash', 64),
          varchar('content_hash', 64),
          text('html'),
          text('pdf_base64'),
          varchar('pdf_hash', 64),
          varchar('law', 8),
          text('warnings'),
          { name: 'created_at', type: instant },
          varchar('created_by', 36, true),
        ],
        foreignKeys: [
          fk('FK_0e2568cab60d8246d0ce7cb38dc', 'request_id', 'request', 'CASCADE'),
          fk('FK_29cfcd609bacd3183967515b162', 'organisation_id', 'organisation'),
          fk('FK_ff6b8aefccbdf68e57308c2b910', 'created_by', 'user_account'),
        ],
        indices: [
          {
            name: 'IDX_letter_request',
            columnNames: ['organisation_id', 'request_id', 'created_at'],
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('letter');
  }
}
