// The status link in the acknowledgement is typed over from paper: it must come out of the PDF
// whole, on one page, whatever characters the token has. A token with "-" near a line end let
// Chromium split the paragraph over two pages with the link broken in the middle (5 of these 24
// tokens before `.statuslink`/`.url` in stijl.hbs); the tokens are fixed, so runs repeat.
// Needs Debian's chromium and poppler-utils.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AcknowledgementContext,
  LetterRenderer,
  lettersOptionsFromEnv,
  PdfRenderer,
  sampleLetterContexts,
} from '@wobdesk/letters';
import { seedCalendar } from '../support/seed-calendar.js';

const options = lettersOptionsFromEnv(process.env, process.cwd());

/** A status token of the real shape (43 base64url characters), the same on every run. */
const token = (i: number) => createHash('sha256').update(`token ${i}`).digest('base64url');

/** The acknowledgement of a short Woo request by e-mail: one that ends near the foot of page 1. */
function acknowledgement(statusUrl: string): AcknowledgementContext {
  const base = sampleLetterContexts(seedCalendar()).acknowledgement;
  return {
    organisation: base.organisation,
    requester: { name: 'J. Jansen', email: 'j.jansen@example.nl' },
    date: '2024-04-04',
    ourReference: '2848691',
    decisionDeadline: '2024-04-30',
    statusUrl,
    request: {
      regime: 'woo',
      letterDate: '2024-04-01',
      receivedOn: '2024-04-02',
      channel: 'email',
      subject: 'Stukken over de herinrichting van het Stationsplein',
      items: [
        { number: 1, text: 'Alle adviezen' },
        { number: 2, text: 'Alle verslagen van overleg' },
      ],
    },
  };
}

describe('the status link in the acknowledgement PDF', () => {
  const renderer = new LetterRenderer(options);
  const pdf = new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: 2 });
  const dir = mkdtempSync(join(tmpdir(), 'wobdesk-status-link-'));

  afterAll(async () => {
    await pdf.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should come out whole, on one page, for every token', async () => {
    const broken: string[] = [];
    for (let i = 0; i < 24; i++) {
      const url = `https://woo.example.nl/status/${token(i)}`;
      const letter = renderer.render('acknowledgement', acknowledgement(url));
      const file = join(dir, `${i}.pdf`);
      writeFileSync(file, await pdf.render(letter.html));
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
      );
      const onOnePage = Array.from({ length: pages }, (_, p) =>
        execFileSync('pdftotext', ['-raw', '-f', `${p + 1}`, '-l', `${p + 1}`, file, '-'], {
          encoding: 'utf8',
        }).replace(/\s+/g, ''),
      ).some((text) => text.includes(url));
      if (!onOnePage) broken.push(url);
    }
    expect(broken).toEqual([]);
  }, 120_000);
});
