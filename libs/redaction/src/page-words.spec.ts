import { parsePageWords } from './page-words.js';

describe('parsePageWords', () => {
  it('reads each page size and its words with boxes from top-left, entities decoded', () => {
    const xhtml = `<doc>
  <page width="595.000000" height="842.000000">
    <word xMin="72.000000" yMin="100.500000" xMax="120.250000" yMax="112.500000">Jansen</word>
    <word xMin="125.000000" yMin="100.500000" xMax="150.000000" yMax="112.500000">&amp;&#233;</word>
  </page>
  <page width="842.000000" height="595.000000">
  </page>
</doc>`;
    const pages = parsePageWords(xhtml, 3);
    expect(pages).toEqual([
      {
        page: 3,
        width: 595,
        height: 842,
        words: [
          { text: 'Jansen', x: 72, y: 100.5, width: 48.25, height: 12 },
          { text: '&é', x: 125, y: 100.5, width: 25, height: 12 },
        ],
      },
      { page: 4, width: 842, height: 595, words: [] },
    ]);
  });
});
