import {
  areaBetween,
  parseCorner,
  pointOfClick,
  pointsOfMm,
  redactionStylesheet,
} from './redaction-view.js';

describe('the marking page without JavaScript', () => {
  it('reads a click on a 96 dpi page image in points, and nothing malformed', () => {
    expect(pointOfClick('96', '192')).toEqual({ x: 72, y: 144 });
    expect(pointOfClick('1.5', '2')).toBeUndefined();
    expect(pointOfClick(undefined, '2')).toBeUndefined();
  });

  it('makes the area between two opposite corners in either order', () => {
    const area = { x: 72, y: 100, width: 28, height: 44 };
    expect(areaBetween({ x: 100, y: 144 }, { x: 72, y: 100 })).toEqual(area);
    expect(areaBetween({ x: 72, y: 100 }, { x: 100, y: 144 })).toEqual(area);
    expect(parseCorner('2,72,100.5')).toEqual({ page: 2, x: 72, y: 100.5 });
    expect(parseCorner('2;72;100')).toBeUndefined();
  });

  it('takes millimetres with a decimal comma or point', () => {
    expect(pointsOfMm('25,4')).toBe(72);
    expect(pointsOfMm(' 25.4 ')).toBe(72);
    expect(pointsOfMm('een')).toBeNaN();
    expect(pointsOfMm(undefined)).toBeNaN();
  });

  it('places each mark over its page in percent, and the first corner chosen', () => {
    const css = redactionStylesheet(
      [{ page: 1, width: 600, height: 800 }],
      [
        {
          id: 'a1',
          page: 1,
          x: 60,
          y: 200,
          width: 300,
          height: 8,
          ground: '5.1.2.e',
          label: '5.1.2e',
          source: 'area',
          term: null,
        },
      ],
      { page: 1, x: 150, y: 400 },
    );
    expect(css).toBe(
      '#markering-a1 { left: 10%; top: 25%; width: 50%; height: 1%; }\n' +
        '#eerste-hoek { left: 25%; top: 50%; }\n',
    );
  });
});
