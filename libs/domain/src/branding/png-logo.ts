/**
 * The organisation's logo on the requester's pages. Only PNG is taken: an SVG is a document that
 * can carry scripts and outside references, and making one safe needs a sanitiser to trust and
 * keep current; a PNG is pixels only, checked here by its signature and header alone.
 */
export const LOGO_MAX_BYTES = 200 * 1024;
/** Large enough for a sharp header logo on a high-density screen, small enough to stay a logo. */
export const LOGO_MAX_WIDTH = 2000;
export const LOGO_MAX_HEIGHT = 1000;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Why a file cannot be the logo. */
export type LogoProblem = 'empty' | 'too_large' | 'not_png' | 'dimensions';

export type LogoCheck =
  | { readonly ok: true; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly problem: LogoProblem };

/**
 * Checks a PNG by its eight signature bytes and its first chunk, which must be the 13-byte IHDR
 * holding the width and height (PNG specification, 5.2 and 11.2.2).
 */
export function checkPngLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'too_large' };
  const header = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng =
    bytes.length >= 33 &&
    SIGNATURE.every((b, i) => bytes[i] === b) &&
    header.getUint32(8) === 13 &&
    String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isPng) return { ok: false, problem: 'not_png' };
  const width = header.getUint32(16);
  const height = header.getUint32(20);
  if (width < 1 || height < 1 || width > LOGO_MAX_WIDTH || height > LOGO_MAX_HEIGHT) {
    return { ok: false, problem: 'dimensions' };
  }
  return { ok: true, width, height };
}
