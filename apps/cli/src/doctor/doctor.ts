// `wobdesk doctor`: every check of a deployment in one run, each line OK / WARN / FAIL with the
// fix. Exit code 0 when nothing failed, 1 otherwise, so a deployment script can stop on it.
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppConfig, ConfigError, loadConfig } from '@wobdesk/config';
import { type CliIo, parseLang, withFlagErrors } from '../cli-support.js';
import { helpText } from '../help.js';
import { type CheckResult, fail } from './check-result.js';
import { checkChromium, type PrintPdf } from './chromium.check.js';
import { checkDatabase, type InspectDatabase } from './database.check.js';
import { checkDiskSpace, type FreeBytes } from './disk.check.js';
import { checkLetterFont } from './font.check.js';
import { checkLibreOffice, checkPoppler } from './programs.check.js';
import { checkPublicBaseUrl } from './public-base-url.check.js';
import type { RunCommand } from './run-command.js';
import { checkSmtp, type VerifySmtp } from './smtp.check.js';

/** The outside world the checks touch; tests replace parts of it. */
export interface DoctorProbes {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly print?: PrintPdf;
  readonly run?: RunCommand;
  readonly verifySmtp?: VerifySmtp;
  readonly freeBytes?: FreeBytes;
  readonly inspect?: InspectDatabase;
}

/** Runs every check; when the configuration itself is invalid, only the checks that need none. */
export async function runChecks(probes: DoctorProbes, cwd: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [checkPublicBaseUrl(probes.env.PUBLIC_BASE_URL)];
  let config: AppConfig | undefined;
  try {
    config = loadConfig(probes.env, cwd);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const problem of e.problems) {
      results.push(
        fail('Configuration', problem, 'correct the variable and run wobdesk doctor again'),
      );
    }
  }
  results.push(await checkLetterFont(probes.run), await checkPoppler(probes.run));
  if (!config) return results;
  results.push(
    await checkChromium(config.letters.chromiumPath, probes.print),
    await checkLibreOffice(config.documents.sofficePath, probes.run),
    await checkSmtp(config.mail.smtpUrl, config.mail.catcherDir, probes.verifySmtp),
  );
  if (config.database.type === 'sqlite') {
    results.push(await checkDiskSpace('database', dirname(config.database.path), probes.freeBytes));
  }
  results.push(await checkDiskSpace('file store', config.documents.dir, probes.freeBytes));
  results.push(...(await checkDatabase(config.database, probes.inspect)));
  return results;
}

const LABEL = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL' } as const;

export function formatResults(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.check.length));
  const lines = results.flatMap((r) => [
    `${LABEL[r.status]}  ${r.check.padEnd(width)}  ${r.detail}`,
    ...(r.fix ? [`      ${' '.repeat(width)}  fix: ${r.fix}`] : []),
  ]);
  const failed = results.filter((r) => r.status === 'fail').length;
  const warned = results.filter((r) => r.status === 'warn').length;
  const summary =
    failed > 0
      ? `${failed} failed, ${warned} warning(s): fix the FAIL lines before going live.`
      : warned > 0
        ? `Nothing failed; ${warned} warning(s).`
        : 'Everything is in order.';
  return `${lines.join('\n')}\n\n${summary}\n`;
}

export function resultsJson(results: readonly CheckResult[]): string {
  const ok = results.every((r) => r.status !== 'fail');
  return `${JSON.stringify({ ok, checks: results }, null, 2)}\n`;
}

export const exitCodeOf = (results: readonly CheckResult[]): number =>
  results.some((r) => r.status === 'fail') ? 1 : 0;

/** `wobdesk doctor [--json]`; returns the exit code. */
export async function doctor(
  argv: readonly string[],
  io: CliIo,
  probes: DoctorProbes = { env: process.env },
): Promise<number> {
  const { values } = withFlagErrors('doctor', () =>
    parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }),
  );
  if (values.help) {
    io.stdout(helpText('doctor', parseLang(values.lang)));
    return 0;
  }
  const results = await runChecks(probes, io.cwd);
  io.stdout(values.json ? resultsJson(results) : formatResults(results));
  return exitCodeOf(results);
}
