import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents list is paged: for the documents on a page it looks up the copies listed in
 * their place (`duplicate_of` pointing at them), which without an index scans every document
 * of the request for each page. Portable to PostgreSQL as written.
 */
export class DocumentCopiesIndex1801200000000 implements MigrationInterface {
  name = 'DocumentCopiesIndex1801200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_document_duplicate_of" ON "document" ("duplicate_of")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_document_duplicate_of"`);
  }
}
