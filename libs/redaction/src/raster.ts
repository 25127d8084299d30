import type { RedactionBox } from './redaction-box.js';

/** A page rendered as 8-bit RGB, row by row from the top-left pixel. */
export interface RgbRaster {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
}

const PPM_HEADER = /^P6\s+(\d+)\s+(\d+)\s+255\s/;

/** Reads the binary PPM (P6, maxval 255) that pdftoppm writes by default. */
export function parsePpm(bytes: Buffer): RgbRaster {
  const header = PPM_HEADER.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write an 8-bit RGB PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = bytes.subarray(header[0].length);
  if (pixels.length < width * height * 3) throw new Error('pdftoppm wrote a truncated PPM');
  return { width, height, pixels: pixels.subarray(0, width * height * 3) };
}

/**
 * Paints every box black in the raster itself, so what was under it is gone from the pixels and
 * not merely covered. A box is widened to whole pixels (floor of its start, ceiling of its end):
 * a glyph's anti-aliased edge in a partly covered pixel would otherwise survive.
 */
export function burnBoxes(raster: RgbRaster, boxes: readonly RedactionBox[], dpi: number): void {
  const scale = dpi / 72;
  for (const box of boxes) {
    const left = clamp(Math.floor(box.x * scale), raster.width);
    const right = clamp(Math.ceil((box.x + box.width) * scale), raster.width);
    const top = clamp(Math.floor(box.y * scale), raster.height);
    const bottom = clamp(Math.ceil((box.y + box.height) * scale), raster.height);
    for (let row = top; row < bottom; row++) {
      raster.pixels.fill(0, (row * raster.width + left) * 3, (row * raster.width + right) * 3);
    }
  }
}

/**
 * The raster as one grey byte per pixel when every pixel is grey (R = G = B), as a text page
 * is: a third of the bytes to compress and store. Undefined for a page with colour.
 */
export function greyPixels(raster: RgbRaster): Buffer | undefined {
  const { pixels } = raster;
  const grey = Buffer.allocUnsafe(pixels.length / 3);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j++) {
    const value = pixels[i];
    if (pixels[i + 1] !== value || pixels[i + 2] !== value) return undefined;
    grey[j] = value;
  }
  return grey;
}

function clamp(value: number, limit: number): number {
  return Math.min(Math.max(value, 0), limit);
}

/** Whether a word's box and a redaction box overlap (touching edges do not count). */
export function overlaps(
  a: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  b: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
