import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents list is paged: for the documents on a page it looks up the copies listed in
 * their place (`duplicate_of` pointing at them), which without an index walks every document
 * of the request for each page. The request comes first so that SQLite, which keeps no
 * statistics here, prefers it to the (request, number) key. Portable to PostgreSQL as written.
 */
export class DocumentCopiesIndex1801200000000 implements MigrationInterface {
  name = 'DocumentCopiesIndex1801200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_document_request_duplicate_of" ON "document" ("request_id", "duplicate_of")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_document_request_duplicate_of"`);
  }
}
