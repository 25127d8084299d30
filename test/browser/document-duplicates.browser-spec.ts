import { join } from 'node:path';
import { type DemoBrowser, PAGE_ARTIFACTS, startDemoBrowser } from '../support/demo-browser.js';
import { minimalPdf } from '../support/document-files.js';

// The duplicates section of the documents page in a real browser: a clerk adds a memo twice and
// an edited version of it, sees the exact copy recorded and the edited one proposed, confirms
// the proposal with its button (a CSRF-protected form), and sees the decision; axe-core on every
// state. Screenshots go to artifacts/pages/.

/** A memo of 300 words, six a page, with `changes` words replaced. */
function memo(changes: Readonly<Record<number, string>> = {}): Buffer {
  const vocabulary = 'brug plein raad kade sluis route markt dijk haven school groen water'.split(
    ' ',
  );
  let state = 11;
  const words = Array.from({ length: 300 }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return changes[i] ?? vocabulary[state % vocabulary.length];
  });
  const pages: string[] = [];
  for (let i = 0; i < words.length; i += 6) pages.push(words.slice(i, i + 6).join(' '));
  return minimalPdf(pages);
}

describe('duplicates on the documents page (browser)', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await startDemoBrowser();
  });

  afterAll(() => demo?.close());

  it('shows exact copies and proposals and lets a clerk confirm one, with no serious axe findings', async () => {
    const id = await demo.firstRequestId();
    const { page, audit } = await demo.clerkPage();

    await page.goto(`/verzoeken/${id}/documenten`);
    const section = page.locator('section[aria-labelledby="dubbel"]');
    expect(await section.textContent()).toContain('Er zijn geen voorstellen');
    await audit('documenten (geen dubbele)');

    await page.getByLabel('Bestanden').setInputFiles([
      { name: 'memo.pdf', mimeType: 'application/pdf', buffer: memo() },
      { name: 'memo-kopie.pdf', mimeType: 'application/pdf', buffer: memo() },
      {
        name: 'memo-v2.pdf',
        mimeType: 'application/pdf',
        buffer: memo({ 150: 'gewijzigd' }),
      },
    ]);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').first().waitFor();
    const open = section.locator('li');
    expect(await open.count()).toBe(1);
    expect(await open.first().textContent()).toMatch(
      /Bijna dezelfde tekst:.*Document 3 \(memo-v2\.pdf\) heeft bijna dezelfde tekst als document 1 \(memo\.pdf\)/,
    );
    expect(await section.locator('table').textContent()).toContain(
      'Document 2 (memo-kopie.pdf) is precies hetzelfde bestand als document 1 (memo.pdf).',
    );
    await audit('documenten (voorstel)');
    await page.screenshot({ path: join(PAGE_ARTIFACTS, 'documenten-dubbel.png'), fullPage: true });

    await page.getByRole('button', { name: 'Bevestigen: document 3 niet apart vermelden' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain(
      'Vastgelegd: het document wordt niet apart op de inventarislijst gezet.',
    );
    expect(await open.count()).toBe(0);
    expect(await section.locator('tbody tr').count()).toBe(2);
    await audit('documenten (bevestigd)');
    await page.screenshot({
      path: join(PAGE_ARTIFACTS, 'documenten-dubbel-bevestigd.png'),
      fullPage: true,
    });
    await page.context().close();
  });
});
