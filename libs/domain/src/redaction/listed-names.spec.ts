import { listedNamesOf, parseListedNames, storedListedNames } from './listed-names.js';

describe('parseListedNames', () => {
  it('should trim, drop blank lines and keep the same name once, in the order typed', () => {
    expect(parseListedNames('  P. de  Vries \r\n\nJ. Bakker\np. de vries\n')).toEqual({
      ok: true,
      names: ['P. de Vries', 'J. Bakker'],
    });
  });

  it('should take an array as well as lines', () => {
    expect(parseListedNames(['Anna Smit', ' ', 'Bo Li'])).toEqual({
      ok: true,
      names: ['Anna Smit', 'Bo Li'],
    });
  });

  it('should refuse a name of one letter or of more than 100, naming it', () => {
    expect(parseListedNames('Anna Smit\nX')).toEqual({
      ok: false,
      rule: 'name_length_2_to_100',
      name: 'X',
    });
    expect(parseListedNames(['a'.repeat(101)])).toMatchObject({ rule: 'name_length_2_to_100' });
    expect(parseListedNames(['é'.repeat(100)])).toMatchObject({ ok: true });
  });

  it('should refuse more than 500 different names', () => {
    const names = Array.from({ length: 501 }, (_, i) => `Persoon ${i}`);
    expect(parseListedNames(names)).toEqual({ ok: false, rule: 'max_500_names' });
    expect(parseListedNames(names.slice(0, 500))).toMatchObject({ ok: true });
  });
});

describe('storedListedNames and listedNamesOf', () => {
  it('should store one name a line and read them back; nothing stored is no names', () => {
    expect(listedNamesOf(storedListedNames(['Anna Smit', 'Bo Li']))).toEqual([
      'Anna Smit',
      'Bo Li',
    ]);
    expect(listedNamesOf(storedListedNames([]))).toEqual([]);
  });
});
