import type { DataSource } from 'typeorm';

/**
 * A test's own SQL on either database: written once with `?` placeholders (SQLite's), which
 * become `$1`, `$2`, … on PostgreSQL, whose driver knows only numbered ones. The tests' SQL holds
 * no `?` inside a string literal, so a plain rewrite is enough. Typed as loosely as
 * `DataSource.query`, whose stand-in it is. Counts come back as text from PostgreSQL (bigint):
 * read them with `Number(…)`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function rawQuery<T = any>(
  dataSource: DataSource,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T> {
  let n = 0;
  const text = dataSource.options.type === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  return dataSource.query(text, [...params]);
}
