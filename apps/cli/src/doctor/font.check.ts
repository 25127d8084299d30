// The letters are set in Open Sans; without it Chromium silently takes another font and the
// letter's layout (line breaks, the page count) changes.
import { type CheckResult, fail, ok } from './check-result.js';
import { type RunCommand, runCommand } from './run-command.js';

const CHECK = 'Letter font';
const INSTALL = 'install the font: apt-get install fonts-open-sans';

export async function checkLetterFont(run: RunCommand = runCommand): Promise<CheckResult> {
  const listed = await run('fc-list', [':', 'family']);
  if (!listed.found) {
    return fail(
      CHECK,
      'fc-list (fontconfig) is not installed, so Chromium finds no fonts',
      INSTALL,
    );
  }
  const families = listed.output.split('\n').flatMap((line) => line.split(','));
  if (families.some((f) => f.trim() === 'Open Sans')) return ok(CHECK, 'Open Sans is installed');
  return fail(CHECK, 'Open Sans is not installed: letters would be set in another font', INSTALL);
}
