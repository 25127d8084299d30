import fc from 'fast-check';
import { REGIMES } from '../deadline/regime.js';
import { findRefusalGround, REFUSAL_GROUNDS } from './refusal-grounds.js';

// Codes of the right shape ("5.1.2.e", "10.2") that may or may not be on the list.
const codeArb = fc
  .tuple(
    fc.constantFrom('5.1', '5.2', '5.3', '5.4', '10', '11', '12'),
    fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    fc.option(fc.constantFrom(...'abcdefghijk'), { nil: undefined }),
  )
  .map(([article, lid, sub]) => [article, lid, sub].filter((x) => x !== undefined).join('.'));

describe('findRefusalGround', () => {
  it('should accept a code exactly when it is on the list of that law', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIMES), fc.oneof(codeArb, fc.string()), (law, code) => {
        const onList = REFUSAL_GROUNDS.some((g) => g.law === law && g.code === code);
        expect(findRefusalGround(law, code) !== undefined).toBe(onList);
      }),
      { numRuns: 2000 },
    );
  });
});
