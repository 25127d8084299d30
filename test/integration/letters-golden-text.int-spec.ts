// Golden full texts of the letter kinds that had only their key passages checked: each kind's
// sample (and the seed decision) printed by the system Chromium, read back with pdftotext page by
// page, the text column apart from the right-hand column, and compared line for line with
// test/golden/letters/<name>.txt. A changed letter fails here until its new text has been read
// and the file written again: UPDATE_GOLDEN=1 writes the files from the letters as they print
// now (then read the diff before committing it).
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type LetterKind,
  publicDecisionContext,
  seedCase,
  seedDecisionContext,
} from '@wobdesk/letters';
import { sha256 } from '../support/pdf-files.js';
import { sampleLetterPrinter } from '../support/sample-letter-pdfs.js';
import { seedCalendar } from '../support/seed-calendar.js';

const GOLDEN = join(process.cwd(), 'test', 'golden', 'letters');
/** Where the text column ends and the right-hand column begins, in points (x = 150 mm). */
const COLUMN_X = 410;

/** The kinds whose full text is kept here; the others have golden passages in their own specs. */
const KINDS: readonly LetterKind[] = [
  'acknowledgement',
  'clarification_request',
  'conversation_summary',
  'third_party_view_start',
  'third_party_view_end',
  'not_handled_decision',
  'objection_acknowledgement',
];

/** One part of one page as pdftotext reads it, lines trimmed, a no-break space a space. */
function region(file: string, page: number, x: number, width: number): string[] {
  const args = ['-raw', '-enc', 'UTF-8', '-f', `${page}`, '-l', `${page}`];
  const crop = ['-x', `${x}`, '-y', '0', '-W', `${width}`, '-H', '842'];
  return execFileSync('pdftotext', [...args, ...crop, file, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '\f');
}

/** The whole letter as a reader goes through it: per page the text, then the right column. */
function readable(pdf: Buffer, work: string): string {
  const file = join(work, `${sha256(pdf)}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: pages }, (_, i) =>
    [
      `=== pagina ${i + 1}`,
      ...region(file, i + 1, 0, COLUMN_X),
      '--- rechterkolom',
      ...region(file, i + 1, COLUMN_X, 595 - COLUMN_X),
    ].join('\n'),
  ).join('\n');
}

describe('letters as PDF, their full text (golden)', () => {
  const { renderer, samples, pdf, work } = sampleLetterPrinter('golden-text', 2);

  const compare = (name: string, text: string) => {
    const file = join(GOLDEN, `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, `${text}\n`);
    }
    expect(existsSync(file)).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8').trimEnd());
  };

  it.each(KINDS)('should print %s word for word as its golden text', async (kind) => {
    const letter = renderer.render(kind, samples[kind]);
    compare(kind.replace(/_/g, '-'), readable(await pdf().render(letter.html), work));
  });

  it('should print the seed decision word for word as its golden text', async () => {
    const letter = renderer.render('decision', seedDecisionContext(seedCalendar()));
    compare('decision-seed', readable(await pdf().render(letter.html), work));
  });

  it('should print the public copy of the seed decision without personal data, as its golden text', async () => {
    const context = publicDecisionContext(seedDecisionContext(seedCalendar()), {
      officials: [seedCase.SEED_OFFICIAL],
      thirdParties: [],
    });
    const printed = await pdf().render(renderer.render('decision', context).html);
    const text = readable(printed, work);
    compare('decision-seed-public', text);
    for (const personal of ['Jansen', 'Postbus 353', '1000 AJ', 'de Vries', '070 370 79 11']) {
      expect(text).not.toContain(personal);
    }
    expect(text).toContain('Aan: verzoeker');
    expect(text).toContain('Reactie op vragen 5 en 6');
    // Its first page, to look at: artifacts/letters/besluit-openbaar-1.png.
    const artifacts = join(process.cwd(), 'artifacts', 'letters');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'besluit-openbaar.pdf'), printed);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      join(artifacts, 'besluit-openbaar.pdf'),
      join(artifacts, 'besluit-openbaar'),
    ]);
  });
});
