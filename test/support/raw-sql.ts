// Raw SQL in the tests is written once, with SQLite's `?` placeholders; on PostgreSQL they become
// `$1, $2, …`. (TypeORM's query builders do this themselves; `DataSource.query` does not.)
import type { DataSource, EntityManager } from 'typeorm';

/** `sql` with its `?` placeholders in the dialect of `db`. */
export function placeholders(db: DataSource | EntityManager, sql: string): string {
  const type = 'options' in db ? db.options.type : db.connection.options.type;
  if (type !== 'postgres') return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** `db.query(sql, parameters)` with the placeholders in the dialect of `db`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed as DataSource.query is
export function rawQuery<T = any>(
  db: DataSource | EntityManager,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<T> {
  return db.query(placeholders(db, sql), [...parameters]);
}
