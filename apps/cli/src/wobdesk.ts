// wobdesk: the command-line tool for clerks and operators.
//   npm run wobdesk -- deadline --received 2020-03-03 --decided 2020-05-26 --sent 2020-05-26
//   npm run wobdesk -- holidays --year 2024
//   npm run wobdesk -- inventory check inventaris.xlsx
//   npm run wobdesk -- backup --to /backup/2026-12-03
//   npm run wobdesk -- doctor
// `main` takes argv and the output writers and returns the exit code (a promise for the commands
// that read files), so tests run it in-process.
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amsterdamDateOf, computeRequestDeadlines } from '@wobdesk/domain';
import { backupCommand, restoreCommand } from './backup/backup-command.js';
import { type CliIo, detectLang, type Lang, UsageError } from './cli-support.js';
import { parseDeadlineArgs } from './deadline-args.js';
import { deadlineJson, formatDeadlineReport, inputWarnings } from './deadline-report.js';
import { HELP_TOPICS, helpText, type HelpTopic } from './help.js';
import { parseHolidaysArgs } from './holidays-args.js';
import { inventoryCheck } from './inventory-check.js';
import { formatHolidays, holidayList, holidaysJson } from './holidays-report.js';
import { loadCalendar } from './seeds.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL_ERROR = 1;
export const EXIT_USAGE = 2;

export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const lang = detectLang(argv);
  const failed = (e: unknown): number => {
    if (e instanceof UsageError) {
      io.stderr(`wobdesk: ${e.text[lang]}\n`);
      return EXIT_USAGE;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      lang === 'nl'
        ? `wobdesk: interne fout: ${message}\nMeld dit met de gebruikte opdracht.\n`
        : `wobdesk: internal error: ${message}\nPlease report this with the command used.\n`,
    );
    return EXIT_INTERNAL_ERROR;
  };
  try {
    const code = run(argv, io);
    return typeof code === 'number' ? code : code.catch(failed);
  } catch (e) {
    return failed(e);
  }
}

function run(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  const lang = detectLang(argv);
  switch (command) {
    case 'deadline':
      return deadline(rest, io);
    case 'holidays':
      return holidays(rest, io);
    case 'inventory':
      return inventoryCheck(rest, io);
    case 'backup':
      return backupCommand(rest, io);
    case 'restore':
      return restoreCommand(rest, io);
    case 'doctor':
      // Loaded on demand: the checks pull in Chromium's driver, the database and the mailer,
      // which the date commands do not need.
      return import('./doctor/doctor.js').then((m) => m.doctor(rest, io));
    case undefined:
    case 'help':
    case '--help':
    case '-h': {
      const topic = rest.find((a): a is HelpTopic =>
        (HELP_TOPICS as readonly string[]).includes(a),
      );
      io.stdout(helpText(topic ?? 'general', lang));
      return EXIT_OK;
    }
    default: {
      const what = command.startsWith('-')
        ? {
            nl: `begin met een opdracht vóór ${command}`,
            en: `start with a command before ${command}`,
          }
        : { nl: `onbekende opdracht '${command}'`, en: `unknown command '${command}'` };
      io.stderr(
        lang === 'nl'
          ? `wobdesk: ${what.nl}; kies deadline, holidays, inventory, doctor, backup, restore of help.\n`
          : `wobdesk: ${what.en}; choose deadline, holidays, inventory, doctor, backup, restore or help.\n`,
      );
      return EXIT_USAGE;
    }
  }
}

function deadline(argv: readonly string[], io: CliIo): number {
  const cmd = parseDeadlineArgs(argv);
  if (cmd.help) return help('deadline', cmd.lang, io);
  const { calendar } = loadCalendar(cmd.seedsDir, io.cwd, io.moduleDir);
  const deadlines = computeRequestDeadlines(cmd.facts, calendar);
  const extra = inputWarnings(cmd.facts, deadlines);
  io.stdout(
    cmd.json
      ? deadlineJson(cmd.facts, deadlines, extra)
      : formatDeadlineReport(cmd.facts, deadlines, extra, cmd.lang),
  );
  return EXIT_OK;
}

function holidays(argv: readonly string[], io: CliIo): number {
  const cmd = parseHolidaysArgs(argv);
  if (cmd.help) return help('holidays', cmd.lang, io);
  const { calendar } = loadCalendar(cmd.seedsDir, io.cwd, io.moduleDir);
  const year = cmd.year ?? amsterdamDateOf((io.now ?? (() => new Date()))()).year;
  const list = holidayList(calendar, year);
  io.stdout(cmd.json ? holidaysJson(list) : formatHolidays(list, cmd.lang));
  return EXIT_OK;
}

function help(topic: HelpTopic, lang: Lang, io: CliIo): number {
  io.stdout(helpText(topic, lang));
  return EXIT_OK;
}

/** The real process: stdout/stderr, the working directory and this module's directory. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    moduleDir: dirname(fileURLToPath(import.meta.url)),
    now: () => new Date(),
  };
}

/** Runs `main` for the process: exit code via process.exitCode, a closed pipe (`| head`) is no error. */
export function runAsProcess(argv: readonly string[]): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw e;
  });
  const code = main(argv, nodeIo());
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}

function isEntryPoint(): boolean {
  try {
    return (
      process.argv[1] !== undefined &&
      realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
    );
  } catch {
    return false;
  }
}

if (isEntryPoint()) runAsProcess(process.argv.slice(2));
