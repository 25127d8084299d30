import {
  Table,
  TableColumn,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableForeignKeyOptions,
} from 'typeorm';

/**
 * Duplicates and e-mail threads among a request's documents: on `document` the twin the
 * inventory lists in a document's place and an e-mail's Message-ID and thread; the MinHash
 * signature of each document's text and its band keys (indexed per request, so a new document
 * is compared only with the few that share a key); and the proposals the clerk confirms or
 * rejects. The QueryRunner table API keeps it portable to PostgreSQL; the CHECKs are written out
 * as of this migration.
 */
export class DocumentDuplicates1800900000000 implements MigrationInterface {
  name = 'DocumentDuplicates1800900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const fk = (table: string, column: string, referenced: string): TableForeignKeyOptions => ({
      name: queryRunner.connection.namingStrategy.foreignKeyName(table, [column]),
      columnNames: [column],
      referencedTableName: referenced,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    });
    await queryRunner.addColumns('document', [
      new TableColumn({ name: 'duplicate_of', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'message_id', type: 'varchar', length: '998', isNullable: true }),
      new TableColumn({ name: 'thread_id', type: 'varchar', length: '998', isNullable: true }),
    ]);
    await queryRunner.createIndex(
      'document',
      new TableIndex({
        name: 'IDX_document_request_thread',
        columnNames: ['request_id', 'thread_id'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_signature',
        columns: [
          { name: 'document_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'signature', type: 'text' },
        ],
        foreignKeys: [fk('document_signature', 'document_id', 'document')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_band',
        columns: [
          { name: 'document_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'band_key', type: 'varchar', length: '16', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '36' },
        ],
        foreignKeys: [fk('document_band', 'document_id', 'document')],
        indices: [
          { name: 'IDX_document_band_request_key', columnNames: ['request_id', 'band_key'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_duplicate_proposal',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'document_id', type: 'varchar', length: '36' },
          { name: 'twin_id', type: 'varchar', length: '36' },
          { name: 'score', type: 'real' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'created_at', type: instant },
          { name: 'decided_at', type: instant, isNullable: true },
          { name: 'decided_by', type: 'varchar', length: '36', isNullable: true },
        ],
        checks: [
          {
            name: 'CHK_document_duplicate_proposal_kind',
            expression: `"kind" IN ('exact', 'near', 'thread')`,
          },
          {
            name: 'CHK_document_duplicate_proposal_status',
            expression: `"status" IN ('proposed', 'confirmed', 'rejected')`,
          },
        ],
        foreignKeys: [
          fk('document_duplicate_proposal', 'request_id', 'request'),
          fk('document_duplicate_proposal', 'document_id', 'document'),
          fk('document_duplicate_proposal', 'twin_id', 'document'),
        ],
        indices: [
          {
            name: 'IDX_document_duplicate_proposal_request',
            columnNames: ['request_id', 'status'],
          },
          {
            name: 'IDX_document_duplicate_proposal_pair',
            columnNames: ['document_id', 'twin_id', 'kind'],
            isUnique: true,
          },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_duplicate_proposal');
    await queryRunner.dropTable('document_band');
    await queryRunner.dropTable('document_signature');
    await queryRunner.dropIndex('document', 'IDX_document_request_thread');
    for (const column of ['thread_id', 'message_id', 'duplicate_of']) {
      await queryRunner.dropColumn('document', column);
    }
  }
}
