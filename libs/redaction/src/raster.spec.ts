import { burnBoxes, greyPixels, overlaps, parsePpm } from './raster.js';

const box = { page: 1, label: '5.1.2e' };

function whitePpm(width: number, height: number): Buffer {
  return Buffer.concat([
    Buffer.from(`P6\n${width} ${height}\n255\n`, 'latin1'),
    Buffer.alloc(width * height * 3, 255),
  ]);
}

describe('parsePpm', () => {
  it('reads the size and the RGB pixels after the header', () => {
    const raster = parsePpm(whitePpm(3, 2));
    expect(raster).toMatchObject({ width: 3, height: 2 });
    expect(raster.pixels.length).toBe(18);
  });

  it('refuses what is not an 8-bit RGB PPM, or is cut short', () => {
    expect(() => parsePpm(Buffer.from('P5\n1 1\n255\n\0'))).toThrow('8-bit RGB PPM');
    expect(() => parsePpm(whitePpm(3, 2).subarray(0, 20))).toThrow('truncated');
  });
});

describe('burnBoxes', () => {
  it('blackens every pixel a box touches, partly covered edge pixels included', () => {
    // 144 dpi: one point is two pixels; the box 1.25–2.5 pt covers pixels 2 to 4 (x) and 2 to 4 (y).
    const raster = parsePpm(whitePpm(8, 8));
    burnBoxes(raster, [{ ...box, x: 1.25, y: 1.25, width: 1.25, height: 1.25 }], 144);
    const black = [];
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        if (raster.pixels[(y * 8 + x) * 3] === 0) black.push(`${x},${y}`);
      }
    }
    expect(black).toEqual(['2,2', '3,2', '4,2', '2,3', '3,3', '4,3', '2,4', '3,4', '4,4']);
  });

  it('clips a box that runs off the page', () => {
    const raster = parsePpm(whitePpm(4, 4));
    burnBoxes(raster, [{ ...box, x: -10, y: 2, width: 100, height: 100 }], 72);
    expect([...raster.pixels.subarray(0, 24)].every((v) => v === 255)).toBe(true);
    expect([...raster.pixels.subarray(24)].every((v) => v === 0)).toBe(true);
  });
});

describe('overlaps', () => {
  const word = { x: 10, y: 10, width: 20, height: 10 };
  it('is true for any shared area and false for boxes that only touch', () => {
    expect(overlaps(word, { x: 29, y: 19, width: 5, height: 5 })).toBe(true);
    expect(overlaps(word, { x: 30, y: 10, width: 5, height: 5 })).toBe(false);
    expect(overlaps(word, { x: 0, y: 0, width: 10, height: 10 })).toBe(false);
  });
});

describe('greyPixels', () => {
  it('packs a grey page to one byte a pixel and leaves a page with colour alone', () => {
    const grey = parsePpm(whitePpm(2, 1));
    grey.pixels.fill(7, 0, 3);
    expect([...(greyPixels(grey) ?? [])]).toEqual([7, 255]);
    const colour = parsePpm(whitePpm(2, 1));
    colour.pixels[4] = 0;
    expect(greyPixels(colour)).toBeUndefined();
  });
});
