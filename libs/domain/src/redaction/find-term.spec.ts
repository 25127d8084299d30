import fc from 'fast-check';
import { findTermAreas, termWords } from './find-term.js';
import type { PageOfWords, WordBox } from './word-boxes.js';

const word = (text: string, x: number, y: number): WordBox => ({
  text,
  x,
  y,
  width: 30,
  height: 10,
});

describe('findTermAreas', () => {
  const pages: PageOfWords[] = [
    {
      page: 1,
      width: 595,
      height: 842,
      words: [
        word('Namens', 72, 100),
        word('Piet', 110, 100),
        word('Jansen,', 150, 100),
        word('en', 190, 100),
        word('later', 230, 100),
        word('piet', 500, 100),
        word('JANSEN', 72, 120),
      ],
    },
    { page: 2, width: 595, height: 842, words: [word('"Piet', 72, 50), word('Jansen"', 110, 50)] },
  ];

  it('finds every occurrence in any case, punctuation at word edges ignored', () => {
    expect(findTermAreas(pages, '  piet   jansen ')).toEqual([
      { page: 1, x: 110, y: 100, width: 70, height: 10 },
      { page: 1, x: 500, y: 100, width: 30, height: 10 },
      { page: 1, x: 72, y: 120, width: 30, height: 10 },
      { page: 2, x: 72, y: 50, width: 68, height: 10 },
    ]);
  });

  it('finds nothing for a term without letters or digits', () => {
    expect(termWords(' ,. ')).toEqual([]);
    expect(findTermAreas(pages, ' ,. ')).toEqual([]);
  });

  it('covers exactly the words of each occurrence of a word put anywhere on a line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('de', 'het', 'Jansen', 'jansen.', 'brief'), { maxLength: 30 }),
        (texts) => {
          const line: PageOfWords = {
            page: 3,
            width: 595,
            height: 842,
            words: texts.map((t, i) => word(t, i * 35, 200)),
          };
          const expected = texts.flatMap((t, i) =>
            t.toLowerCase().startsWith('jansen')
              ? [{ page: 3, x: i * 35, y: 200, width: 30, height: 10 }]
              : [],
          );
          expect(findTermAreas([line], 'Jansen')).toEqual(expected);
        },
      ),
    );
  });
});
