// The `backup` and `restore` sub-commands: flags, configuration and what is printed.
import { parseArgs } from 'node:util';
import { type AppConfig, ConfigError, loadConfig } from '@wobdesk/config';
import { MIGRATIONS } from '@wobdesk/persistence';
import { type CliIo, type Lang, parseLang, usageError, withFlagErrors } from '../cli-support.js';
import { helpText } from '../help.js';
import { restoreBackup } from './restore-backup.js';
import { restoreDrill } from './restore-drill.js';
import { takeBackup, wobdeskVersion } from './take-backup.js';

/** The drill restored the backup but found it does not hold what it promised. */
export const EXIT_DRILL_FAILED = 3;

export async function backupCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = withFlagErrors('backup', () =>
    parseArgs({
      args: [...argv],
      options: {
        to: { type: 'string' },
        'pg-bin': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  const lang = parseLang(values.lang);
  if (values.help) return printHelp('backup', lang, io);
  if (!values.to) throw usageError('--to MAP is verplicht.', '--to DIR is required.');
  const config = configOf(io);
  const manifest = await takeBackup(config, {
    to: values.to,
    pgBin: values['pg-bin'],
    now: io.now ?? (() => new Date()),
    version: await wobdeskVersion(io.moduleDir ?? io.cwd),
  });
  const { counts, lastMigration } = manifest.database;
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  io.stdout(
    lang === 'nl'
      ? `Back-up gemaakt in ${values.to}: ${manifest.files.length} bestanden (${bytes} bytes), ` +
          `${counts.requests} verzoeken, ${counts.documents} documenten; schema t/m ${lastMigration ?? '-'}.\n`
      : `Backup written to ${values.to}: ${manifest.files.length} files (${bytes} bytes), ` +
          `${counts.requests} requests, ${counts.documents} documents; schema up to ${lastMigration ?? '-'}.\n`,
  );
  return 0;
}

export async function restoreCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = withFlagErrors('restore', () =>
    parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        force: { type: 'boolean' },
        drill: { type: 'boolean' },
        'pg-bin': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  const lang = parseLang(values.lang);
  if (values.help) return printHelp('restore', lang, io);
  if (!values.from) throw usageError('--from MAP is verplicht.', '--from DIR is required.');
  if (values.drill && values.force) {
    throw usageError(
      '--force past niet bij --drill: de oefening zet alleen terug in een kladplek.',
      '--force does not go with --drill: the drill only restores into a scratch place.',
    );
  }
  const config = configOf(io);
  const pgBin = values['pg-bin'];
  if (values.drill) {
    const report = await restoreDrill(config, { from: values.from, pgBin });
    const { restored } = report;
    io.stdout(
      lang === 'nl'
        ? `Hersteloefening met ${report.backupDir} (${report.manifest.createdAt}): ${restored.requests} verzoeken, ` +
            `${restored.requestEvents} gebeurtenissen, ${restored.documents} documenten; ${report.checkedRequests} verzoeken ` +
            `opnieuw afgeleid, ${report.checkedFiles} bestanden gecontroleerd.\n`
        : `Restore drill of ${report.backupDir} (${report.manifest.createdAt}): ${restored.requests} requests, ` +
            `${restored.requestEvents} events, ${restored.documents} documents; ${report.checkedRequests} requests ` +
            `re-folded, ${report.checkedFiles} files checked.\n`,
    );
    if (report.problems.length === 0) {
      io.stdout(lang === 'nl' ? 'Geslaagd.\n' : 'Passed.\n');
      return 0;
    }
    io.stderr(report.problems.map((p) => `  ${p}\n`).join(''));
    io.stderr(lang === 'nl' ? 'Mislukt.\n' : 'Failed.\n');
    return EXIT_DRILL_FAILED;
  }
  const report = await restoreBackup(
    {
      database: config.database,
      documentsDir: config.documents.dir,
      templatesDir: config.letters.organisationTemplatesDir,
    },
    { from: values.from, force: values.force ?? false, pgBin },
  );
  const backedUp = report.manifest.database.lastMigration;
  const current = MIGRATIONS.map((m) => m.name).at(-1);
  io.stdout(
    lang === 'nl'
      ? `Teruggezet uit ${values.from} (${report.manifest.createdAt}, Wobdesk ${report.manifest.wobdeskVersion}): ` +
          `de database en ${report.documents} opgeslagen bestanden.\n` +
          (report.templatesLeftIn
            ? `De sjablonen van organisaties staan in ${report.templatesLeftIn}; zet ORGANISATION_TEMPLATES_DIR en kopieer ze daarheen.\n`
            : '') +
          `Het schema van de back-up loopt t/m ${backedUp ?? '-'}, de code t/m ${current}: draai nu \`npm run db:migrate\`.\n`
      : `Restored from ${values.from} (${report.manifest.createdAt}, Wobdesk ${report.manifest.wobdeskVersion}): ` +
          `the database and ${report.documents} stored files.\n` +
          (report.templatesLeftIn
            ? `The organisations' templates are in ${report.templatesLeftIn}; set ORGANISATION_TEMPLATES_DIR and copy them there.\n`
            : '') +
          `The backup's schema goes up to ${backedUp ?? '-'}, the code's to ${current}: now run \`npm run db:migrate\`.\n`,
  );
  return 0;
}

function configOf(io: CliIo): AppConfig {
  try {
    return loadConfig(io.env, io.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw usageError(error.message, error.message);
  }
}

function printHelp(topic: 'backup' | 'restore', lang: Lang, io: CliIo): number {
  io.stdout(helpText(topic, lang));
  return 0;
}
