// SQLite with another process writing: a transaction that reads and then writes must wait for the
// other's write lock, not fail. TypeORM begins transactions deferred; a deferred transaction
// that has read cannot wait for the lock (SQLITE_BUSY at once, past busy_timeout). Wobdesk makes
// them BEGIN IMMEDIATE (data-source-options.ts); this is the case two workers met in a sweep.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dataSourceOptions, prepareDatabase, serialTransaction } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

const require = createRequire(import.meta.url);

/** A process that takes the write lock, writes, holds it for `holdMs`, then commits. */
function holdWriteLock(path: string, holdMs: number) {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(path)}, { timeout: 10000 });
    db.exec('BEGIN IMMEDIATE');
    db.prepare('INSERT INTO lock_probe (n) VALUES (1)').run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code}) before locking`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { locked, exited };
}

describe('SQLite transactions beside another writing process', () => {
  let db: TempDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTempDatabase();
    await prepareDatabase(db.config);
    if (db.config.database.type !== 'sqlite') throw new Error('this test is about SQLite');
    ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
    await ds.query('CREATE TABLE lock_probe (n INTEGER NOT NULL)');
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.remove();
  });

  it('waits for the write lock in a transaction that reads before it writes', async () => {
    if (db.config.database.type !== 'sqlite') throw new Error('SQLite only');
    const { path } = db.config.database;
    const other = holdWriteLock(path, 700);
    await other.locked;
    const seen = await serialTransaction(ds, async (em) => {
      const before = (await em.query('SELECT COUNT(*) AS n FROM lock_probe')) as { n: number }[];
      await em.query('INSERT INTO lock_probe (n) VALUES (2)');
      return before[0]!.n;
    });
    expect(await other.exited).toBe(0);
    // It began after the other committed: it saw that row, and both rows are there.
    expect(seen).toBe(1);
    expect(await ds.query('SELECT n FROM lock_probe ORDER BY n')).toEqual([{ n: 1 }, { n: 2 }]);
  }, 60_000);
});
