// `wobdesk inventory check` as a process, from the TypeScript sources: the per-row errors in
// Dutch and the exit codes 0 (valid), 1 (row errors) and 2 (unreadable).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADER = join(ROOT, 'test/support/ts-loader.mjs');
const CLI = join(ROOT, 'apps/cli/src/wobdesk.ts');
const FIXTURES = join(ROOT, 'test/fixtures/productierapport');

const check = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      LOADER,
      CLI,
      'inventory',
      'check',
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );

describe('wobdesk inventory check', () => {
  it('a valid inventory: exit 0 and the number of rows', () => {
    const r = check(join(FIXTURES, 'robot-inquiries-productierapport1.xlsx'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/10 rijen in orde\.\n$/);
    expect(r.status).toBe(0);
  });

  it('row errors: exit 1, each error with its row and column in Dutch', () => {
    const r = check(join(FIXTURES, 'inventory-invalid-document-id.xlsx'));
    expect(r.stdout).toContain(
      "Rij 3, kolom ID: '5034/789' is geen geldig documentnummer; gebruik alleen letters, cijfers, punt en streepje, hoogstens 170 tekens.\n",
    );
    expect(r.stdout).toContain('1 rij in orde, 1 fout.');
    expect(r.status).toBe(1);
  });

  it('missing columns or a file that is no spreadsheet: exit 2 with the reason', () => {
    const missing = check(join(FIXTURES, 'inventory-missing-columns.xlsx'));
    expect(missing.stderr).toContain('de kolommen ID, Document ontbreken in de eerste rij.');
    expect(missing.status).toBe(2);
    const notASheet = check(join(FIXTURES, 'SOURCE.md'));
    expect(notASheet.stderr).toContain('geen Excel-bestand (.xlsx) en geen CSV-bestand (.csv)');
    expect(notASheet.status).toBe(2);
  });
});
