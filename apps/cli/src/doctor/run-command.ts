// Runs a system program for a check and keeps what it printed; never throws, so a missing
// program is an answer (`found: false`) rather than an error.
import { execFile } from 'node:child_process';

export interface CommandOutcome {
  /** False when the program is not there (ENOENT) or could not be started. */
  readonly found: boolean;
  readonly exitCode: number | null;
  /** What it printed on stdout and stderr (poppler prints its version on stderr). */
  readonly output: string;
}

export type RunCommand = (program: string, args: readonly string[]) => Promise<CommandOutcome>;

export const runCommand: RunCommand = (program, args) =>
  new Promise((resolve) => {
    execFile(program, [...args], { timeout: 30_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve({
        found: !(error && typeof code === 'string'),
        exitCode: error ? (typeof code === 'number' ? code : null) : 0,
        output: `${stdout ?? ''}${stderr ?? ''}`,
      });
    });
  });
