import { LocalDate } from '@wobdesk/domain';
import { citeGround, citeGroundShort, parseGround, TERM_PROVISIONS } from './legal-citations.js';
import {
  itemNumbers,
  joinNl,
  longDate,
  numberWord,
  ordinalWord,
  plural,
  salutationLine,
  signatureLine,
  weekday,
  weekdayDate,
} from './nl-format.js';
import { cssString, escapeHtml, linesHtml, richTextHtml } from './rich-text.js';

describe('Dutch dates', () => {
  it('should write long dates as the seed letter does', () => {
    expect(longDate('2020-05-26')).toBe('26 mei 2020');
    expect(longDate(LocalDate.parse('2020-03-03'))).toBe('3 maart 2020');
    expect(weekdayDate('2020-03-18')).toBe('woensdag 18 maart 2020');
    expect(weekday('2024-01-19')).toBe('vrijdag');
  });

  it('should refuse what is not a date', () => {
    expect(() => longDate('26-05-2020')).toThrow(RangeError);
    expect(() => longDate('2020-02-30')).toThrow(RangeError);
  });
});

describe('Dutch numbers and lists', () => {
  it('should write numbers, ordinals and plurals', () => {
    expect(numberWord(6)).toBe('zes');
    expect(numberWord(1)).toBe('één');
    expect(numberWord(13)).toBe('13');
    expect(ordinalWord(2)).toBe('tweede');
    expect(ordinalWord(14)).toBe('14e');
    expect(plural(1, 'dag', 'dagen')).toBe('1 dag');
    expect(plural(3, 'dag', 'dagen')).toBe('3 dagen');
    expect(plural(2, 'week', 'weken', false)).toBe('weken');
    expect(joinNl(['a'])).toBe('a');
    expect(joinNl(['a', 'b', 'c'])).toBe('a, b en c');
  });

  it('should name the items an answer covers as the seed does', () => {
    expect(itemNumbers([4])).toBe('vraag 4');
    expect(itemNumbers([6, 5])).toBe('vragen 5 en 6');
    expect(itemNumbers([1, 2, 3])).toBe('vragen 1 tot en met 3');
    expect(itemNumbers([1, 2, 3, 6])).toBe('vragen 1 tot en met 3 en 6');
  });

  it('should end the salutation with one comma', () => {
    expect(salutationLine('Geachte heer Jansen')).toBe('Geachte heer Jansen,');
    expect(salutationLine('Geachte mevrouw Bakker,')).toBe('Geachte mevrouw Bakker,');
    expect(salutationLine(undefined)).toBe('Geachte heer, mevrouw,');
  });

  it('should greet a body without a salutation as "Geacht bestuur,", and keep a given one', () => {
    expect(salutationLine(undefined, 'organisation')).toBe('Geacht bestuur,');
    expect(salutationLine('  ', 'organisation')).toBe('Geacht bestuur,');
    expect(salutationLine('Geachte heer Pietersen', 'organisation')).toBe(
      'Geachte heer Pietersen,',
    );
    expect(salutationLine(undefined, 'person')).toBe('Geachte heer, mevrouw,');
  });

  it('should end each line of the signature block with one comma', () => {
    expect(signatureLine('De minister van Justitie en Veiligheid')).toBe(
      'De minister van Justitie en Veiligheid,',
    );
    expect(signatureLine('namens deze,,')).toBe('namens deze,');
    expect(signatureLine(' namens dezen, ')).toBe('namens dezen,');
  });
});

describe('legal citations', () => {
  it('should cite the term provisions of each regime', () => {
    expect(TERM_PROVISIONS.wob.extension).toBe('artikel 6, tweede lid, van de Wob');
    expect(TERM_PROVISIONS.woo.thirdPartyView).toBe('artikel 4.4, derde lid, van de Woo');
    expect(TERM_PROVISIONS.woo.maxExtensionWeeks).toBe(2);
  });

  it('should parse and cite refusal grounds per law', () => {
    expect(citeGround(parseGround('10.2.e', 'wob')!, 'wob')).toBe(
      'artikel 10, tweede lid, aanhef en onder e, van de Wob',
    );
    expect(citeGround(parseGround('5.1.2.e', 'woo')!, 'woo')).toBe(
      'artikel 5.1, tweede lid, aanhef en onder e, van de Woo',
    );
    expect(parseGround('5.2.1', 'woo')).toEqual({ code: '5.2.1', article: '5.2', lid: 1 });
    expect(parseGround('geheim', 'woo')).toBeUndefined();
  });

  it('should cite a ground short for a table column that names the law once', () => {
    expect(citeGroundShort(parseGround('5.1.2.e', 'woo')!)).toBe('5.1 lid 2 sub e');
    expect(citeGroundShort(parseGround('10.2.e', 'wob')!)).toBe('10 lid 2 sub e');
    expect(citeGroundShort(parseGround('5.2.1', 'woo')!)).toBe('5.2 lid 1');
    expect(citeGroundShort(parseGround('11', 'wob')!)).toBe('11');
  });
});

describe('rich text', () => {
  it('should escape before it adds mark-up', () => {
    const html = richTextHtml('<script>alert("x")</script> & co\n\n- een\n- <b>twee</b>\n> citaat');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('<ul><li>een</li><li>&lt;b&gt;twee&lt;/b&gt;</li></ul>');
    expect(html).toContain('<blockquote>citaat</blockquote>');
  });

  it('should turn [^n] into a footnote reference', () => {
    expect(richTextHtml('op 11 maart 2020[^1], naar')).toBe(
      '<p>op 11 maart 2020<sup class="voetnootverwijzing">1</sup>, naar</p>',
    );
  });

  it('should keep line breaks of addresses, escaped', () => {
    expect(linesHtml('Postbus 353\n1000 AJ  <Amsterdam>')).toBe(
      // The double space between postcode and town survives HTML's folding of spaces.
      'Postbus 353<br>1000 AJ\u00a0 &lt;Amsterdam&gt;',
    );
    expect(escapeHtml(`'=\``)).toBe('&#x27;&#x3D;&#x60;');
  });

  it('should make any text a safe CSS string', () => {
    expect(cssString('26 mei 2020')).toBe('"26 mei 2020"');
    expect(cssString('a"}</style>')).toBe('"a\\22 \\7d \\3c \\2f style\\3e "');
  });
});
