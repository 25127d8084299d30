import { extensionAgrees, looksLikeRfc822, MEDIA, officeTypeOf, sniff } from './media-types.js';
import { isCompoundFile } from './compound-file.js';
import { isUnsafeEntryName } from './zip-reader.js';

const bytes = (...b: number[]) => Buffer.from(b);

describe('sniff', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), MEDIA.pdf],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), MEDIA.png],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), MEDIA.jpeg],
    ['a little-endian TIFF', bytes(0x49, 0x49, 0x2a, 0x00, 8, 0), MEDIA.tiff],
    ['a big-endian TIFF', bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 8), MEDIA.tiff],
    ['a ZIP', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0), MEDIA.zip],
    ['an empty ZIP', bytes(0x50, 0x4b, 0x05, 0x06, 0, 0), MEDIA.zip],
    [
      'an e-mail',
      Buffer.from('Received: from x\r\n\tby y\r\nFrom: a@b.nl\r\nSubject: Hoi\r\n\r\nTekst'),
      MEDIA.eml,
    ],
  ])('should know %s by its first bytes', (_what, head, type) => {
    expect(sniff(head)).toBe(type);
  });

  it.each([
    ['plain text', Buffer.from('Gewoon wat tekst.\n')],
    ['text starting like a header', Buffer.from('Note: dit is geen e-mail\n\nTekst')],
    ['one mail header only', Buffer.from('Subject: Hoi\n\nTekst')],
    ['binary with NUL bytes', Buffer.from('From: a\nSubject: b\n\0\0')],
    ['a PDF signature later in the file', Buffer.from('xx%PDF-1.4')],
    ['nothing', Buffer.alloc(0)],
  ])('should not take %s for a known type', (_what, head) => {
    expect(sniff(head)).toBeUndefined();
  });

  it('should need two known mail headers before the empty line', () => {
    expect(looksLikeRfc822(Buffer.from('X-Custom: 1\nX-Other: 2\n\nbody'))).toBe(false);
    expect(looksLikeRfc822(Buffer.from('Date: Mon, 1 Apr 2024\nFrom: a@b.nl\n\nbody'))).toBe(true);
  });
});

describe('isCompoundFile', () => {
  it('should know the compound-file signature (.msg, old Office, OOXML under a password)', () => {
    expect(isCompoundFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe(true);
    expect(isCompoundFile(bytes(0xd0, 0xcf, 0x11, 0xe0))).toBe(false);
    expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBeUndefined();
  });
});

describe('officeTypeOf', () => {
  it('should tell OOXML documents by their parts', () => {
    const ooxml = (part: string) => ['[Content_Types].xml', '_rels/.rels', `${part}/x.xml`];
    expect(officeTypeOf(ooxml('word'))).toBe(MEDIA.docx);
    expect(officeTypeOf(ooxml('xl'))).toBe(MEDIA.xlsx);
    expect(officeTypeOf(ooxml('ppt'))).toBe(MEDIA.pptx);
  });

  it('should tell ODF documents by their mimetype entry', () => {
    expect(officeTypeOf(['mimetype', 'content.xml'], MEDIA.odt)).toBe(MEDIA.odt);
    expect(officeTypeOf(['mimetype'], `${MEDIA.ods}\n`)).toBe(MEDIA.ods);
  });

  it('should call anything else a plain archive', () => {
    expect(officeTypeOf(['brief.pdf', 'word/notitie.pdf'])).toBe(MEDIA.zip);
    expect(officeTypeOf(['mimetype'], 'application/pdf')).toBe(MEDIA.zip);
  });
});

describe('extensionAgrees', () => {
  it.each([
    ['brief.pdf', MEDIA.pdf, true],
    ['BRIEF.PDF', MEDIA.pdf, true],
    ['foto.jpg', MEDIA.jpeg, true],
    ['scan.tif', MEDIA.tiff, true],
    ['bericht.eml', MEDIA.eml, true],
    ['bericht.msg', MEDIA.msg, true],
    ['bericht.msg', MEDIA.eml, false],
    ['zonder-extensie', MEDIA.pdf, true],
    ['.verborgen', MEDIA.pdf, true],
    ['onbekend.xyz', MEDIA.png, true],
    ['brief.pdf', MEDIA.png, false],
    ['stukken.zip', MEDIA.docx, false],
    ['notitie.txt', MEDIA.pdf, false],
    ['brief.pdf', undefined, false],
  ] as const)('%s holding %s: %s', (name, type, agrees) => {
    expect(extensionAgrees(name, type)).toBe(agrees);
  });
});

describe('isUnsafeEntryName', () => {
  it.each(['../brief.pdf', 'map/../../brief.pdf', '/etc/passwd', 'C:/x.pdf', '..\\x.pdf'])(
    'should refuse %s',
    (name) => {
      expect(isUnsafeEntryName(name)).toBe(true);
    },
  );

  it.each(['brief.pdf', 'map/brief.pdf', 'map/..brief.pdf', 'a..b/c.pdf'])(
    'should accept %s',
    (name) => {
      expect(isUnsafeEntryName(name)).toBe(false);
    },
  );
});
