// What a migration left in the schema, asked in each database's own catalogue: SQLite's
// `sqlite_master` and `pragma_index_info`, PostgreSQL's `pg_indexes` and `pg_index`.
import type { DataSource } from 'typeorm';

/** The key columns of index `name`, in order. */
export async function indexColumns(dataSource: DataSource, name: string): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT a."attname" AS "name"
             FROM pg_index i
             JOIN pg_class c ON c.oid = i.indexrelid
             JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON k.n <= i.indnkeyatts
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE c.relname = $1
            ORDER BY k.n`,
          [name],
        )
      : await dataSource.query(`SELECT "name" FROM pragma_index_info(?) ORDER BY "seqno"`, [name]);
  return rows.map((r) => r.name);
}

/** Which of `names` exist as indexes. */
export async function existingIndexes(dataSource: DataSource, names: string[]): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT "indexname" AS "name" FROM pg_indexes WHERE "indexname" = ANY($1)`,
          [names],
        )
      : await dataSource.query(
          `SELECT "name" FROM "sqlite_master" WHERE "type" = 'index' AND "name" IN (${names.map(() => '?').join(', ')})`,
          names,
        );
  return rows.map((r) => r.name).sort();
}
