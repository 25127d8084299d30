import { sectionsOf } from './letter-forms.js';

describe(sectionsOf.name, () => {
  it('should start a section at each "## " line, its text the lines under it', () => {
    expect(sectionsOf('## Contact\nBel mij.\n\nOf mail.\n##Tot slot\r\nDank u.\n')).toEqual([
      { heading: 'Contact', text: 'Bel mij.\n\nOf mail.' },
      { heading: 'Tot slot', text: 'Dank u.' },
    ]);
  });

  it('should keep an empty heading or text for the register to refuse, naming it', () => {
    expect(sectionsOf('##\nTekst')).toEqual([{ heading: '', text: 'Tekst' }]);
    expect(sectionsOf('## Kop')).toEqual([{ heading: 'Kop', text: '' }]);
  });

  it('should give nothing when text comes before the first heading', () => {
    expect(sectionsOf('Tekst zonder kop\n## Kop\nx')).toBeUndefined();
  });
});
