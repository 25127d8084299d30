import { LocalDate } from '../calendar/local-date.js';
import {
  findRefusalGround,
  REFUSAL_GROUNDS,
  refusalGroundsOf,
  refusalGroundsOn,
} from './refusal-grounds.js';

describe('REFUSAL_GROUNDS', () => {
  it('should hold the onderdelen of the Woo and the Wob that a decision cites', () => {
    const abc = (s: string, prefix: string) => [...s].map((x) => `${prefix}.${x}`);
    expect(refusalGroundsOf('woo').map((g) => g.code)).toEqual([
      ...abc('abcde', '5.1.1'),
      ...abc('abcdefghi', '5.1.2'),
      '5.1.5',
      '5.2.1',
    ]);
    expect(refusalGroundsOf('wob').map((g) => g.code)).toEqual([
      ...abc('abcd', '10.1'),
      ...abc('abcdefg', '10.2'),
      '11.1',
    ]);
  });

  it('should mark exactly the grounds that require weighing interests as relative', () => {
    const relative = REFUSAL_GROUNDS.filter((g) => g.relative).map((g) => g.code);
    expect(relative).toEqual(
      REFUSAL_GROUNDS.map((g) => g.code).filter(
        (c) => c.startsWith('5.1.2.') || c === '5.1.5' || c.startsWith('10.2.'),
      ),
    );
  });

  it('should give every ground a short Dutch label', () => {
    for (const g of REFUSAL_GROUNDS) {
      expect(g.label).toMatch(/^[a-zë][\p{L} ,-]{3,60}[a-z]$/u);
    }
  });

  it('should pick the list by the decision date: the Wob before 1 May 2022, the Woo from then', () => {
    expect(refusalGroundsOn(LocalDate.parse('2022-04-30'))).toEqual(refusalGroundsOf('wob'));
    expect(refusalGroundsOn(LocalDate.parse('2022-05-01'))).toEqual(refusalGroundsOf('woo'));
  });

  it('should find a ground only under its own law and in the code form of the list', () => {
    expect(findRefusalGround('woo', '5.1.2.i')).toMatchObject({ law: 'woo', relative: true });
    expect(findRefusalGround('wob', '10.2.e')).toMatchObject({ law: 'wob', relative: true });
    for (const [law, code] of [
      ['woo', '10.2.e'],
      ['wob', '5.1.2.e'],
      ['woo', '5.1 lid 2 sub i'],
      ['wob', 'artikel 10 lid 2 sub e'],
      ['woo', '5.1.2.j'],
      ['wob', '10.2.h'],
      ['woo', '5.3'],
      ['woo', '5.1.2'],
    ] as const) {
      expect(findRefusalGround(law, code)).toBeUndefined();
    }
  });
});
