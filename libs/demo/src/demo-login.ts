// The demo login the seed leaves beside the SQLite file, for the API to print once it listens.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AppConfig } from '@wobdesk/config';

/** The demo clerk's e-mail address and the password the demo seed gave it. */
export interface DemoLogin {
  readonly email: string;
  readonly password: string;
}

/**
 * Where the demo seed leaves its login for the API to print: beside the SQLite file (like the
 * status key), so it belongs to that database only. None for PostgreSQL or an in-memory database:
 * there the login is only printed by the seed itself.
 */
export function demoLoginFile(config: AppConfig): string | undefined {
  const { database } = config;
  if (database.type !== 'sqlite' || database.path === ':memory:') return undefined;
  return `${database.path}.demo-login`;
}

/**
 * Called by the demo seed after it set the demo clerk's password: the password was made for the
 * demo, so it may be shown again. Readable by the owner only, like the status key.
 */
export function recordDemoLogin(config: AppConfig, login: DemoLogin): void {
  const file = demoLoginFile(config);
  if (file === undefined) return;
  rmSync(file, { force: true });
  writeFileSync(file, JSON.stringify({ email: login.email, password: login.password }), {
    mode: 0o600,
  });
}

/** The login the demo seed recorded for this database; undefined when it never ran on it. */
export function readDemoLogin(config: AppConfig): DemoLogin | undefined {
  const file = demoLoginFile(config);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as DemoLogin).email === 'string' &&
      typeof (parsed as DemoLogin).password === 'string'
    ) {
      return { email: (parsed as DemoLogin).email, password: (parsed as DemoLogin).password };
    }
  } catch {
    // A damaged file is not worth stopping the API for; the seed prints the login too.
  }
  return undefined;
}
