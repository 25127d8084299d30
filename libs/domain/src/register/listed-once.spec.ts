import { alsoNumbersNl, listedOnce } from './listed-once.js';

const doc = (number: number, duplicateOf: number | null = null) => ({
  id: `d${number}`,
  number,
  duplicateOf: duplicateOf === null ? null : `d${duplicateOf}`,
});

describe('listedOnce', () => {
  it('lists a copy under its twin, by number, and not on its own', () => {
    const listed = listedOnce([doc(1), doc(2, 1), doc(3), doc(4, 1), doc(5, 3)]);
    expect(listed.map((l) => [l.document.number, l.copyNumbers])).toEqual([
      [1, [2, 4]],
      [3, [5]],
    ]);
    expect(listed[0]!.copies.map((c) => c.id)).toEqual(['d2', 'd4']);
  });

  it('lists a copy itself when its twin is not among the documents', () => {
    const listed = listedOnce([doc(2, 1), doc(3)]);
    expect(listed.map((l) => [l.document.number, l.copyNumbers])).toEqual([
      [2, []],
      [3, []],
    ]);
  });
});

describe('alsoNumbersNl', () => {
  it('names one copy as nr. and more as nrs.; none gives nothing', () => {
    expect(alsoNumbersNl([12])).toBe('ook nr. 12');
    expect(alsoNumbersNl([12, 31])).toBe('ook nrs. 12, 31');
    expect(alsoNumbersNl([])).toBeUndefined();
  });
});
