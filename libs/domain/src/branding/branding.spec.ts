import { brandColourProblem, contrastWithWhite, darkerShade } from './brand-colour.js';
import { checkPngLogo, LOGO_MAX_BYTES } from './png-logo.js';

/** The first 33 bytes of a PNG: signature and IHDR chunk (the checker reads no further). */
function pngHeader(width: number, height: number, length = 33): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('brand colour', () => {
  it('computes the WCAG contrast against white', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    // The well-known AA boundary: #767676 passes at 4.54, #777777 fails at 4.48.
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite('#777777')).toBeCloseTo(4.48, 2);
  });

  it('accepts a dark enough colour and refuses a light one or a malformed one', () => {
    expect(brandColourProblem('#154273')).toBeUndefined();
    expect(brandColourProblem('#767676')).toBeUndefined();
    expect(brandColourProblem('#777777')).toBe('contrast');
    expect(brandColourProblem('#ffcc00')).toBe('contrast');
    expect(brandColourProblem('154273')).toBe('format');
    expect(brandColourProblem('#15427')).toBe('format');
    expect(brandColourProblem('#15427g')).toBe('format');
  });

  it('darkens without losing contrast', () => {
    expect(darkerShade('#767676')).toBe('#5e5e5e');
    expect(contrastWithWhite(darkerShade('#767676'))).toBeGreaterThan(contrastWithWhite('#767676'));
  });
});

describe('PNG logo', () => {
  it('reads the width and height from the IHDR chunk', () => {
    expect(checkPngLogo(pngHeader(320, 80))).toEqual({ ok: true, width: 320, height: 80 });
  });

  it('refuses what is not a PNG by its bytes, whatever its name', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    expect(checkPngLogo(svg)).toEqual({ ok: false, problem: 'not_png' });
    const gif = new TextEncoder().encode('GIF89a' + ' '.repeat(40));
    expect(checkPngLogo(gif)).toEqual({ ok: false, problem: 'not_png' });
    const noIhdr = pngHeader(10, 10);
    noIhdr[12] = 0x58;
    expect(checkPngLogo(noIhdr)).toEqual({ ok: false, problem: 'not_png' });
    expect(checkPngLogo(pngHeader(10, 10).subarray(0, 20))).toEqual({
      ok: false,
      problem: 'not_png',
    });
  });

  it('refuses an empty file, one over 200 kB and odd dimensions', () => {
    expect(checkPngLogo(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(checkPngLogo(pngHeader(10, 10, LOGO_MAX_BYTES + 1))).toEqual({
      ok: false,
      problem: 'too_large',
    });
    expect(checkPngLogo(pngHeader(10, 10, LOGO_MAX_BYTES)).ok).toBe(true);
    expect(checkPngLogo(pngHeader(0, 10))).toEqual({ ok: false, problem: 'dimensions' });
    expect(checkPngLogo(pngHeader(2001, 10))).toEqual({ ok: false, problem: 'dimensions' });
    expect(checkPngLogo(pngHeader(10, 1001))).toEqual({ ok: false, problem: 'dimensions' });
  });
});
