import { ConfigError } from '@wobdesk/config';

/**
 * How long `--once` waits for the lease: `--wait SECONDS` (1–3600), else long enough for a lease
 * left by a killed sweeper to expire. A cron job that runs beside long-running schedulers may
 * need longer: they take the lease again on every tick.
 */
export function onceWaitSeconds(argv: readonly string[], leaseSeconds: number): number {
  const at = argv.indexOf('--wait');
  if (at === -1) return leaseSeconds + 2;
  const value = argv[at + 1] ?? '';
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > 3600) {
    throw new ConfigError(['--wait must be a whole number of seconds from 1 to 3600']);
  }
  return Number(value);
}
