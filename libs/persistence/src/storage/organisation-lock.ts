import type { EntityManager } from 'typeorm';

/**
 * Holds the organisation's row until the transaction ends; false when there is no such
 * organisation. Changes that read the organisation's state and then write from it (the users
 * left as coordinators, the one logo, the one working calendar feed of a scope) call it first, so
 * that on PostgreSQL, where transactions run side by side, they run one after the other as they
 * do on SQLite, whose transactions take the file's write lock at BEGIN (data-source-options.ts).
 */
export async function lockOrganisation(
  em: EntityManager,
  organisationId: string,
): Promise<boolean> {
  const sql =
    em.connection.options.type === 'postgres'
      ? 'SELECT id FROM organisation WHERE id = $1 FOR UPDATE'
      : 'SELECT id FROM organisation WHERE id = ?';
  const rows = (await em.query(sql, [organisationId])) as unknown[];
  return rows.length > 0;
}
