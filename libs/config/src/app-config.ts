import type { LogLevel } from '@nestjs/common';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server when DATABASE_URL is set. */
export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly path: string }
  | { readonly type: 'postgres'; readonly url: string };

/**
 * The validated, typed configuration of Wobdesk, read once at boot by `loadConfig()`.
 * Also the Nest injection token: `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  constructor(
    readonly database: DatabaseConfig,
    readonly host: string,
    readonly port: number,
    /** Absolute path of the directory with `holidays/equated-days.json`. */
    readonly seedsDir: string,
    /** The least severe level that is still logged. */
    readonly logLevel: LogLevel,
  ) {}

  /** The levels Nest's logger should print for `logLevel` (it takes a list, not a threshold). */
  get logLevels(): LogLevel[] {
    return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(this.logLevel) + 1);
  }
}
