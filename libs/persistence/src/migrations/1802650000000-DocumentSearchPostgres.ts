import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over a document's description and extracted text on PostgreSQL: a GIN index
 * on the same `to_tsvector` expression the repository searches with (`TypeOrmDocumentRepository`),
 * so the search reads the index and the texts need no copy to keep in step. The `simple`
 * configuration lower-cases without stemming, so a word is found as typed, as a prefix, as
 * SQLite's FTS5 table finds it (DocumentSearch1800950000000).
 *
 * SQLite has its FTS5 table already: this migration does nothing there.
 */
export class DocumentSearchPostgres1802650000000 implements MigrationInterface {
  name = 'DocumentSearchPostgres1802650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(
      `CREATE INDEX "IDX_document_fulltext" ON "document" USING GIN (` +
        `to_tsvector('simple', COALESCE("description", '') || ' ' || COALESCE("extracted_text", '')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`DROP INDEX "IDX_document_fulltext"`);
  }
}
