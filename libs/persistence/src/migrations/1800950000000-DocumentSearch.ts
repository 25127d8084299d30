import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over a document's description and extracted text, for the inventory's filter.
 *
 * SQLite: an FTS5 table holding its own copy of the two texts, keyed by the document's id. Not an
 * external-content table over `document`: that would be keyed by `document`'s implicit rowid,
 * which SQLite renumbers whenever it rebuilds the table (every later column or CHECK change
 * does), and a rebuild drops the table's triggers too. The repository keeps the copy in step in
 * the same transaction as the row (`TypeOrmDocumentRepository`). `unicode61` with diacritics
 * removed: "beleidsnotitie" is found by "Beleidsnotitie", "reeel" finds "reëel".
 *
 * PostgreSQL would use a `tsvector` column with a GIN index instead; its repository is a later
 * step, so this migration does nothing there yet.
 */
export class DocumentSearch1800950000000 implements MigrationInterface {
  name = 'DocumentSearch1800950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'better-sqlite3') return;
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "document_search" USING fts5(` +
        `"document_id" UNINDEXED, "description", "extracted_text", ` +
        `tokenize = 'unicode61 remove_diacritics 2')`,
    );
    await queryRunner.query(
      `INSERT INTO "document_search" ("document_id", "description", "extracted_text") ` +
        `SELECT "id", COALESCE("description", ''), COALESCE("extracted_text", '') FROM "document"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'better-sqlite3') return;
    await queryRunner.query(`DROP TABLE "document_search"`);
  }
}
