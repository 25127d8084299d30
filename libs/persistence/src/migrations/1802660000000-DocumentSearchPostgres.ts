import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lower-case letters with a diacritic, and the same letters without: "reëel" is found by "reeel". */
const WITH_DIACRITICS = 'àáâãäåèéêëìíîïòóôõöùúûüýÿçñ';
const WITHOUT_DIACRITICS = 'aaaaaaeeeeiiiiooooouuuuyycn';

/**
 * Full-text search over a document's description and extracted text on PostgreSQL, the
 * counterpart of SQLite's FTS5 table (DocumentSearch1800950000000), which does nothing here.
 *
 * A generated `tsvector` column with a GIN index: the database keeps it in step with the two
 * texts, so the repository writes nothing extra. The `simple` configuration (no stemming, no stop
 * words) with lower case and diacritics folded by `translate` matches FTS5's `unicode61
 * remove_diacritics`; `unaccent` would need an extension, which an administrator may not be
 * allowed to create. `strip` drops the word positions, which a prefix search never reads, and the
 * text is cut at a million characters: a tsvector holds at most 1 MB, and an insert past that
 * would fail rather than leave a document unsearchable beyond that point.
 */
export class DocumentSearchPostgres1802660000000 implements MigrationInterface {
  name = 'DocumentSearchPostgres1802660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    const text = `left(lower(COALESCE("description", '') || ' ' || COALESCE("extracted_text", '')), 1000000)`;
    await queryRunner.query(
      `ALTER TABLE "document" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS ` +
        `(strip(to_tsvector('simple'::regconfig, ` +
        `translate(${text}, '${WITH_DIACRITICS}', '${WITHOUT_DIACRITICS}')))) STORED`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_document_search_vector" ON "document" USING GIN ("search_vector")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`DROP INDEX "IDX_document_search_vector"`);
    await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "search_vector"`);
  }
}
