// What a backup records about a database copy, read from the copy itself: the last migration its
// schema ran and how many requests, events and documents it holds.
import type { EntityManager } from 'typeorm';

/** Rows counted in one consistent view of the register. */
export interface RegisterCounts {
  readonly requests: number;
  readonly requestEvents: number;
  readonly documents: number;
}

export interface DatabaseFacts {
  /** The name of the last migration the schema ran; null when none ran. */
  readonly lastMigration: string | null;
  readonly counts: RegisterCounts;
}

type Query = EntityManager['query'];

export async function databaseFacts(query: Query): Promise<DatabaseFacts> {
  const count = async (table: string): Promise<number> => {
    const rows = (await query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
    return Number(rows[0].n);
  };
  const last = (await query(
    'SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1',
  )) as { name: string }[];
  return {
    lastMigration: last[0]?.name ?? null,
    counts: {
      requests: await count('request'),
      requestEvents: await count('request_event'),
      documents: await count('document'),
    },
  };
}

/**
 * Every stored file the database refers to (documents, their PDF renditions, released and
 * published files), by sha256: the files a restored document store must hold.
 */
export async function referencedBlobs(query: Query): Promise<string[]> {
  const rows = (await query(
    `SELECT sha256 AS h FROM document
     UNION SELECT pdf_sha256 FROM document WHERE pdf_sha256 IS NOT NULL
     UNION SELECT blob_sha256 FROM document_release
     UNION SELECT blob_sha256 FROM published_document WHERE blob_sha256 IS NOT NULL`,
  )) as { h: string }[];
  return rows.map((r) => r.h).sort();
}
