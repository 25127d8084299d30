import { CASE_DATE_RANGE, queryBoolean, queryInt, queryList, UUID_SHAPE } from './validation.js';

describe('query helpers', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['12x', '12x'],
    ['1e3', '1e3'],
    ['-1', '-1'],
    ['', ''],
    ['1234567890', '1234567890'],
  ])('queryInt(%p) should give %p', (value, expected) => {
    expect(queryInt({ value })).toBe(expected);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['1', '1'],
    ['yes', 'yes'],
  ])('queryBoolean(%p) should give %p', (value, expected) => {
    expect(queryBoolean({ value })).toBe(expected);
  });

  it('should join repeated and comma-separated values into one list', () => {
    expect(queryList({ value: 'a,b' })).toEqual(['a', 'b']);
    expect(queryList({ value: ['a', 'b,c'] })).toEqual(['a', 'b', 'c']);
    expect(queryList({ value: ' a , b ' })).toEqual(['a', 'b']);
    expect(queryList({ value: 42 })).toBe(42);
  });

  it('should recognise UUIDs of any version and nothing else', () => {
    expect(UUID_SHAPE.test('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(UUID_SHAPE.test('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
    expect(UUID_SHAPE.test('0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    expect(UUID_SHAPE.test("1' OR '1'='1")).toBe(false);
  });

  it('should bound case dates to years the deadline engine can represent', () => {
    expect(CASE_DATE_RANGE.from < CASE_DATE_RANGE.to).toBe(true);
    expect(Number(CASE_DATE_RANGE.to.slice(0, 4))).toBeLessThan(9000);
  });
});
