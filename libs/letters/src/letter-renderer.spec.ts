import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LetterTemplateError } from './letter-errors.js';
import { findTemplatesDir, lettersOptionsFromEnv } from './letter-renderer.js';

describe(lettersOptionsFromEnv.name, () => {
  const repo = findTemplatesDir(undefined, process.cwd());

  it('should find templates/ from the working directory and default the browser path', () => {
    expect(lettersOptionsFromEnv({}, process.cwd())).toEqual({
      templatesDir: repo,
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it('should find templates/ from the module directory when the working directory has none', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'wobdesk-cwd-'));
    try {
      expect(
        lettersOptionsFromEnv({}, elsewhere, join(repo, '..', 'libs', 'letters', 'src'))
          .templatesDir,
      ).toBe(repo);
      expect(() => lettersOptionsFromEnv({}, elsewhere)).toThrow(LetterTemplateError);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('should read every variable, relative paths against the working directory', () => {
    const cwd = resolve(repo, '..');
    expect(
      lettersOptionsFromEnv(
        {
          TEMPLATES_DIR: 'templates',
          ORGANISATION_TEMPLATES_DIR: 'data/organisations',
          CHROMIUM_PATH: '/opt/chromium/chrome',
          PDF_PAGES: '2',
        },
        cwd,
      ),
    ).toEqual({
      templatesDir: repo,
      organisationTemplatesDir: join(cwd, 'data/organisations'),
      chromiumPath: '/opt/chromium/chrome',
      pdfPages: 2,
    });
  });

  it('should refuse a TEMPLATES_DIR without letters and a bad PDF_PAGES', () => {
    expect(() => lettersOptionsFromEnv({ TEMPLATES_DIR: '/nonexistent' }, '/')).toThrow(
      /TEMPLATES_DIR \/nonexistent has no letters\/VERSION/,
    );
    expect(() => lettersOptionsFromEnv({ PDF_PAGES: '0' }, process.cwd())).toThrow(/PDF_PAGES/);
  });
});
