import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipOf } from '../../../test/support/document-files.js';
import {
  damagedDocx,
  minimalDocx,
  minimalOdt,
  minimalPptx,
  minimalXlsx,
} from '../../../test/support/office-files.js';
import { MEDIA, type MediaType } from './media-types.js';
import { readOfficeText } from './office-text.js';

const LIMITS = { maxTotalBytes: 16 * 1024 * 1024, maxEntries: 100, maxRatio: 100 };

describe('readOfficeText', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-office-text-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const read = async (name: string, data: Buffer, type: MediaType) => {
    const path = join(dir, name);
    await writeFile(path, data);
    return readOfficeText(path, type, name, LIMITS);
  };

  it("should read a .docx's paragraphs, a line each, entities decoded, a page break a blank line", async () => {
    const docx = minimalDocx([['Nota aan de minister', 'Kosten < € 5.000 & meer'], ['Bijlage']]);
    expect(await read('nota.docx', docx, MEDIA.docx)).toBe(
      'Nota aan de minister\nKosten < € 5.000 & meer\n\nBijlage',
    );
  });

  it("should join a Word paragraph's runs, keep its tabs and line breaks, and skip tab stops", async () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:t xml:space="preserve">Naam: </w:t></w:r><w:r><w:t>Piet</w:t></w:r>' +
      '<w:r><w:tab/><w:t>Jansen</w:t><w:br/><w:t>Den Haag</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>&#8364; 12 &#x263A;</w:t></w:r></w:p>';
    const docx = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      {
        name: 'word/document.xml',
        data: Buffer.from(
          '<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body>' +
            body +
            '</w:body></w:document>',
        ),
      },
    ]);
    expect(await read('runs.docx', docx, MEDIA.docx)).toBe('Naam: Piet\tJansen\nDen Haag\n€ 12 ☺');
  });

  it("should read an .xlsx's shared strings before the sheets' inline strings, a blank line between parts", async () => {
    const xlsx = minimalXlsx([
      ['Post', 'Bedrag'],
      ['Reis', '120'],
    ]);
    expect(await read('kosten.xlsx', xlsx, MEDIA.xlsx)).toBe('Post\nBedrag\nReis\n120');
    const shared = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from(
          '<worksheet><sheetData><row><c t="inlineStr"><is><t>Inline</t></is></c>' +
            '<c t="s"><v>0</v></c><c><v>42</v></c></row></sheetData></worksheet>',
        ),
      },
      {
        name: 'xl/sharedStrings.xml',
        data: Buffer.from(
          '<sst><si><t>Gedeeld</t></si><si><r><t>Op</t></r><r><t>gemaakt</t></r></si></sst>',
        ),
      },
    ]);
    expect(await read('gedeeld.xlsx', shared, MEDIA.xlsx)).toBe('Gedeeld\nOpgemaakt\n\nInline');
  });

  it("should read a .pptx's slides in their order, slide 10 after slide 2", async () => {
    const slides = Array.from({ length: 10 }, (_, i) => [`Dia ${i + 1}`, 'toelichting']);
    const text = await read('overleg.pptx', minimalPptx(slides), MEDIA.pptx);
    expect(text.split('\n').filter((l) => l.startsWith('Dia'))).toEqual(
      slides.map(([title]) => title),
    );
    expect(text.startsWith('Dia 1\ntoelichting\n')).toBe(true);
  });

  it("should read an ODF document's body only, with its spaces, tabs and line breaks", async () => {
    expect(await read('verslag.odt', minimalOdt(['Verslag', 'van het overleg']), MEDIA.odt)).toBe(
      'Verslag\nvan het overleg',
    );
    const content =
      '<office:document-content><office:automatic-styles><style:style>stijl</style:style>' +
      '</office:automatic-styles><office:body><office:text>' +
      '<text:h>Kop</text:h><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>' +
      '</office:text></office:body></office:document-content>';
    const odt = zipOf([
      { name: 'mimetype', data: Buffer.from(MEDIA.odt), deflate: false },
      { name: 'content.xml', data: Buffer.from(content) },
    ]);
    expect(await read('opmaak.odt', odt, MEDIA.odt)).toBe('Kop\na   b\tc\nd');
  });

  it.each([
    ['a document part that is not XML', damagedDocx()],
    [
      'no document part at all',
      zipOf([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }]),
    ],
  ])('should refuse a .docx with %s as unreadable', async (_what, data) => {
    await expect(read('kapot.docx', data, MEDIA.docx)).rejects.toMatchObject({
      code: 'DOCUMENT.OFFICE_UNREADABLE',
      fileName: 'kapot.docx',
    });
  });

  it('should hold the parts to the archive limits while they inflate', async () => {
    const big = `<w:document><w:body><w:p><w:r><w:t>${'a'.repeat(4 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const docx = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from(big) },
    ]);
    const path = join(dir, 'bom.docx');
    await writeFile(path, docx);
    await expect(
      readOfficeText(path, MEDIA.docx, 'bom.docx', { ...LIMITS, maxTotalBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'DOCUMENT.ZIP_BOMB' });
  });
});
