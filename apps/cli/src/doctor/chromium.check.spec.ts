import { checkChromium } from './chromium.check.js';

// Any executable stands in for Chromium: the printing itself is replaced.
const EXECUTABLE = process.execPath;

describe('checkChromium', () => {
  it('prints a PDF: OK', async () => {
    const result = await checkChromium(EXECUTABLE, async () => Buffer.from('%PDF-1.7 end'));
    expect(result.status).toBe('ok');
    expect(result.detail).toMatch(/printed a test PDF \(12 bytes, \d+ ms\)$/);
  });

  it('a path that does not exist: FAIL with the package to install', async () => {
    const result = await checkChromium('/nowhere/chromium', async () => Buffer.from('%PDF-'));
    expect(result).toEqual({
      check: 'Chromium',
      status: 'fail',
      detail: 'CHROMIUM_PATH /nowhere/chromium does not exist or is not executable',
      fix: 'install Chromium (apt-get install chromium) or set CHROMIUM_PATH to its executable',
    });
  });

  it('starts but cannot print: FAIL with the first line of the reason', async () => {
    const result = await checkChromium(EXECUTABLE, async () => {
      throw new Error('Browser closed.\nlong log');
    });
    expect(result.detail).toBe(`${EXECUTABLE} could not print a PDF: Browser closed.`);
  });

  it('prints something that is no PDF: FAIL', async () => {
    const result = await checkChromium(EXECUTABLE, async () => Buffer.from('<html>'));
    expect(result.status).toBe('fail');
  });
});
