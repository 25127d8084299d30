import { Table, TableCheck, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The assessment of each document (what the inventory lists and the decision follows from) and
 * which requested items a document answers. Nullable columns: a document is assessed after its
 * intake. The CHECK keeps the stored value inside the vocabulary (SQLite rebuilds the table for
 * it, PostgreSQL adds it in place); the QueryRunner table API keeps it portable.
 */
export class DocumentAssessment1800700000000 implements MigrationInterface {
  name = 'DocumentAssessment1800700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.addColumns('document', [
      new TableColumn({ name: 'assessment', type: 'varchar', length: '20', isNullable: true }),
      new TableColumn({ name: 'grounds', type: 'text', isNullable: true }),
      new TableColumn({ name: 'assessment_reasoning', type: 'text', isNullable: true }),
      new TableColumn({ name: 'public_link', type: 'varchar', length: '2048', isNullable: true }),
      new TableColumn({ name: 'assessed_at', type: instant, isNullable: true }),
      new TableColumn({ name: 'assessed_by', type: 'varchar', length: '36', isNullable: true }),
    ]);
    await queryRunner.createCheckConstraint(
      'document',
      new TableCheck({
        name: 'CHK_document_assessment',
        // The vocabulary as of this migration, written out: a later change needs its own migration.
        expression: `"assessment" IS NULL OR "assessment" IN ('public', 'partly_public', 'not_public', 'already_public', 'out_of_scope')`,
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_item',
        columns: [
          {
            name: 'document_id',
            type: 'varchar',
            length: '36',
            isPrimary: true,
          },
          { name: 'item_number', type: 'integer', isPrimary: true },
        ],
        foreignKeys: [
          {
            name: queryRunner.connection.namingStrategy.foreignKeyName('document_item', [
              'document_id',
            ]),
            columnNames: ['document_id'],
            referencedTableName: 'document',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
        indices: [{ name: 'IDX_document_item_document', columnNames: ['document_id'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_item');
    await queryRunner.dropCheckConstraint('document', 'CHK_document_assessment');
    for (const column of [
      'assessed_by',
      'assessed_at',
      'public_link',
      'assessment_reasoning',
      'grounds',
      'assessment',
    ]) {
      await queryRunner.dropColumn('document', column);
    }
  }
}
