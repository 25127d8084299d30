import { parseAssessment, parseItems } from './assessment-input.js';

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { details?: unknown }).details;
  }
  throw new Error('not refused');
}

describe('parseAssessment: the rules the decision applies, per document', () => {
  it('should accept a refusal on an absolute ground without reasoning', () => {
    expect(parseAssessment({ assessment: 'not_public', grounds: ['5.1.1.d'] }, 'woo')).toEqual({
      assessment: 'not_public',
      grounds: ['5.1.1.d'],
      reasoning: null,
      publicLink: null,
    });
  });

  it('should take the grounds of the law given: a Wob ground under the Wob', () => {
    const parsed = parseAssessment(
      { assessment: 'partly_public', grounds: ['10.2.e'], reasoning: 'Afweging' },
      'wob',
    );
    expect(parsed.grounds).toEqual(['10.2.e']);
  });

  it('should keep the link of an already public document', () => {
    expect(
      parseAssessment({ assessment: 'already_public', publicLink: 'https://example.nl/a' }, 'woo')
        .publicLink,
    ).toBe('https://example.nl/a');
  });

  it.each([
    [
      { assessment: 'not_public', grounds: ['5.1.2.e', '5.1.2.e'], reasoning: 'x' },
      'grounds',
      'unique',
    ],
    [{ assessment: 'not_public', grounds: '5.1.2.e' }, 'grounds', 'array'],
    [{ assessment: 'not_public', grounds: [5] }, 'grounds[0]', 'refusal_ground_of_woo'],
    [
      { assessment: 'partly_public', grounds: ['5.1.5'], reasoning: '  ' },
      'reasoning',
      'required_for_relative_ground',
    ],
    [{ assessment: 'already_public', publicLink: 'https://exa mple.nl' }, 'publicLink', 'url'],
    [{ assessment: 'already_public', publicLink: 'javascript:alert(1)' }, 'publicLink', 'url'],
  ])('should refuse %j naming %s', (input, field, rule) => {
    expect(refusal(() => parseAssessment(input, 'woo'))).toEqual({ field, rule });
  });
});

describe('parseItems', () => {
  it('should take existing item numbers once each, in order', () => {
    expect(parseItems([2, 1, 2], [1, 2, 3])).toEqual([1, 2]);
  });

  it('should refuse a number the request has no item for', () => {
    expect(refusal(() => parseItems([1, 4], [1, 2]))).toEqual({
      field: 'items[1]',
      rule: 'existing_item_number',
    });
  });
});
