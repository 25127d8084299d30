import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What the intake learns of office documents and images: the PDF made from an office original
 * (stored content-addressed beside it, referred to by hash), whether that conversion was done
 * and why not, and an image's dimensions. Nullable columns added in place (portable to
 * PostgreSQL; no CHECK, so SQLite needs no table rebuild: the values come from one code path).
 */
export class DocumentRenditions1801100000000 implements MigrationInterface {
  name = 'DocumentRenditions1801100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('document', [
      new TableColumn({ name: 'pdf_sha256', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'conversion', type: 'varchar', length: '20', isNullable: true }),
      new TableColumn({ name: 'conversion_note', type: 'text', isNullable: true }),
      new TableColumn({ name: 'width_px', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'height_px', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.query(`CREATE INDEX "IDX_document_pdf_sha256" ON "document" ("pdf_sha256")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_document_pdf_sha256"`);
    for (const column of ['height_px', 'width_px', 'conversion_note', 'conversion', 'pdf_sha256']) {
      await queryRunner.dropColumn('document', column);
    }
  }
}
