// A throwaway PostgreSQL cluster for the tests: Debian's server binaries (`postgresql` package),
// a fresh data directory under the OS temp dir, listening on 127.0.0.1 only, durability off
// (the cluster dies with the test run). PostgreSQL refuses to run as root, so as root the
// commands run as the `postgres` system user that the Debian package creates.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PgCluster {
  /** `postgres://app@127.0.0.1:<port>/<database>` (trust authentication, user `app`). */
  url(database: string): string;
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
}

/** The newest installed server's bin directory, or undefined when PostgreSQL is not installed. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions.at(-1)!, 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a server binary, as `postgres` when this process is root. */
function asServerUser(bin: string, args: string[]) {
  return process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', bin, ...args])
    : run(bin, args);
}

/** Starts a cluster (about a second) with an empty database `postgres` and the superuser `app`. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed: `sudo apt-get install -y postgresql` (the tests start their own cluster)',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'wobdesk-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  await asServerUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'app',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  await asServerUser(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
  ]);
  return {
    port,
    dir,
    url: (database) => `postgres://app@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(
        () => undefined,
      );
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates a database on the server at `adminUrl` and returns its URL: empty, or a copy of
 * `template` (PostgreSQL copies the template's files, a fraction of a second however many
 * migrations made it; nobody may be connected to the template meanwhile).
 */
export async function createPgDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  for (const n of [name, template ?? name]) {
    if (!DATABASE_NAME.test(n)) throw new Error(`not a database name: ${n}`);
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by createPgDatabase, ending whatever connections are still open on it. */
export async function dropPgDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
