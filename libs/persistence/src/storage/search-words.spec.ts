import { ftsMatchExpression, tsQueryExpression } from './search-words.js';

describe('tsQueryExpression', () => {
  it('asks for every word as a prefix, lower-cased, as ftsMatchExpression does for FTS5', () => {
    expect(tsQueryExpression('STATIONSPLEIN advies')).toBe("'stationsplein':* & 'advies':*");
    expect(ftsMatchExpression('STATIONSPLEIN advies')).toBe('"STATIONSPLEIN"* "advies"*');
  });

  it('folds diacritics as the stored search_vector does: "Reëel" looks up "reeel"', () => {
    expect(tsQueryExpression('Reëel café')).toBe("'reeel':* & 'cafe':*");
  });

  it('keeps tsquery syntax out: only letters and digits reach the expression', () => {
    expect(tsQueryExpression(`NEAR( "advies' | !x & y:*`)).toBe(
      "'near':* & 'advies':* & 'x':* & 'y':*",
    );
  });

  it('gives null for a search without a word, which the repository turns into no match', () => {
    expect(tsQueryExpression('*** -- ()')).toBeNull();
  });
});
