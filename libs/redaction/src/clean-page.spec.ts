import { namesIn } from './clean-page.js';

describe('namesIn', () => {
  it('finds the resource names a content stream uses, #xx escapes decoded', () => {
    const content = 'q /GS1 gs BT /F1 12 Tf (a /NotAName? no) Tj ET /Im#20One Do Q';
    const names = namesIn(content);
    expect(names.has('GS1')).toBe(true);
    expect(names.has('F1')).toBe(true);
    expect(names.has('Im One')).toBe(true);
    expect(names.has('F2')).toBe(false);
  });
});
