import { checkLetterFont } from './font.check.js';
import type { RunCommand } from './run-command.js';

const fcList =
  (output: string, found = true): RunCommand =>
  async () => ({ found, exitCode: found ? 0 : null, output });

describe('checkLetterFont', () => {
  it('Open Sans among the families: OK', async () => {
    const result = await checkLetterFont(fcList('DejaVu Sans\nOpen Sans,Open Sans Light\n'));
    expect(result.status).toBe('ok');
  });

  it('only look-alikes: FAIL with the package', async () => {
    const result = await checkLetterFont(fcList('DejaVu Sans\nOpen Sans Condensed\n'));
    expect(result).toMatchObject({
      status: 'fail',
      fix: 'install the font: apt-get install fonts-open-sans',
    });
  });

  it('no fontconfig at all: FAIL', async () => {
    const result = await checkLetterFont(fcList('', false));
    expect(result.detail).toMatch(/^fc-list \(fontconfig\) is not installed/);
  });
});
