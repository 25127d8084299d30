import { ftsMatchExpression, tsQueryExpression } from '@wobdesk/persistence';
import { inventoryFilterOf, inventoryPageOf } from './inventory-query.js';

/** The field and rule of the refusal `run` throws. */
function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { details?: unknown }).details;
  }
  throw new Error('not refused');
}

describe('inventoryFilterOf: the query string as the repository filter', () => {
  it('should map every parameter to its criterion', () => {
    expect(
      inventoryFilterOf({
        assessment: 'partly_public',
        ground: '5.1.2.e',
        family: '3',
        type: 'message/rfc822',
        item: '2',
        q: ' kademuren herstel ',
      }),
    ).toEqual({
      assessment: 'partly_public',
      ground: '5.1.2.e',
      family: 3,
      mediaType: 'message/rfc822',
      item: 2,
      text: 'kademuren herstel',
    });
  });

  it('should read numbers sent as JSON numbers (a bulk action by filter) as well as text', () => {
    expect(inventoryFilterOf({ family: 7, item: 1 })).toEqual({ family: 7, item: 1 });
  });

  it('should treat absent and empty parameters as no filter, as a form sends them', () => {
    expect(inventoryFilterOf({})).toEqual({});
    expect(inventoryFilterOf({ assessment: '', ground: ' ', q: '', family: '' })).toEqual({});
  });

  it("should take 'unassessed' for the documents not assessed yet", () => {
    expect(inventoryFilterOf({ assessment: 'unassessed' })).toEqual({ assessment: 'unassessed' });
  });

  it.each([
    [{ assessment: 'openbaar' }, 'assessment'],
    [{ ground: '5.1.2e' }, 'ground'],
    [{ family: '0' }, 'family'],
    [{ family: '1.5' }, 'family'],
    [{ item: 'two' }, 'item'],
    [{ type: 'PDF' }, 'type'],
    [{ q: '!!!' }, 'q'],
    [{ q: 'x'.repeat(201) }, 'q'],
    [{ assessment: ['public', 'not_public'] }, 'assessment'],
  ])('should refuse %j naming %s', (query, field) => {
    expect(refusal(() => inventoryFilterOf(query))).toEqual(expect.objectContaining({ field }));
  });
});

describe('inventoryPageOf', () => {
  it('should default to the first 50 and take offset and limit', () => {
    expect(inventoryPageOf({})).toEqual({ offset: 0, limit: 50 });
    expect(inventoryPageOf({ offset: '100', limit: '200' })).toEqual({ offset: 100, limit: 200 });
  });

  it.each([
    [{ limit: '201' }, 'limit', 'max_200'],
    [{ limit: '0' }, 'limit', 'integer_min_1'],
    [{ offset: '-1' }, 'offset', 'integer_min_0'],
  ])('should refuse %j', (query, field, rule) => {
    expect(refusal(() => inventoryPageOf(query))).toEqual({ field, rule });
  });
});

describe('ftsMatchExpression: the words of a search as FTS5', () => {
  it('should quote each word and match it as a prefix, all words required', () => {
    expect(ftsMatchExpression('Herstel kademuren')).toBe('"Herstel"* "kademuren"*');
  });

  it('should leave no FTS5 operator or quote in force', () => {
    expect(ftsMatchExpression('a OR b NEAR( "c" -d:e*')).toBe(
      '"a"* "OR"* "b"* "NEAR"* "c"* "d"* "e"*',
    );
  });

  it('should keep letters with diacritics and digits as words', () => {
    expect(ftsMatchExpression('reëel 2024')).toBe('"reëel"* "2024"*');
  });

  it('should give null for a search without a word', () => {
    expect(ftsMatchExpression(' ?! ')).toBeNull();
  });
});

describe('tsQueryExpression: the words of a search as a PostgreSQL tsquery', () => {
  it('should lower-case and quote each word as a prefix lexeme, all words required', () => {
    expect(tsQueryExpression('Herstel kademuren')).toBe("'herstel':* & 'kademuren':*");
  });

  it('should leave no tsquery operator or quote in force', () => {
    expect(tsQueryExpression("a | b & !c 'd' <-> e:*")).toBe(
      "'a':* & 'b':* & 'c':* & 'd':* & 'e':*",
    );
  });

  it('should give null for a search without a word', () => {
    expect(tsQueryExpression(' ?! ')).toBeNull();
  });
});
