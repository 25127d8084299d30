// Golden test of the organisation's voice: the extension letter printed once as a minister
// writes it ("ik") and once as a college of mayor and aldermen writes it ("wij"), read back with
// pdftotext. The verb and the possessive change with the person; nothing else does.
import { sampleLetterPrinter } from '../support/sample-letter-pdfs.js';

describe('the organisation voice in a letter (golden)', () => {
  const { renderer, samples, printed } = sampleLetterPrinter('voice-pdf');
  // The reasons are the clerk's own words; neutral ones here, so every pronoun is the template's.
  const base = {
    ...samples.extension,
    extension: { ...samples.extension.extension, reasons: 'De gevraagde stukken zijn omvangrijk.' },
  };
  const inVoice = (voice: 'ik' | 'wij') =>
    renderer.render('extension', { ...base, organisation: { ...base.organisation, voice } });

  it('should print the extension letter in "ik" and in "wij", explaining verdagen in both', async () => {
    const ik = await printed(inVoice('ik'), 'extension-voice-ik');
    const wij = await printed(inVoice('wij'), 'extension-voice-wij');
    expect(ik).toContain('moet ik uiterlijk op');
    expect(ik).toContain('Het is mij niet mogelijk binnen deze termijn op uw verzoek te beslissen');
    expect(ik).toContain(
      'Daarom verdaag ik de beslistermijn met vier weken (artikel 6, tweede lid, van de Wob). Verdagen betekent: ik neem meer tijd voor mijn besluit. Ik beslis nu uiterlijk op',
    );
    expect(ik).toContain('Als het mogelijk is, beslis ik eerder.');
    expect(wij).toContain('moeten wij uiterlijk op');
    expect(wij).toContain(
      'Het is ons niet mogelijk binnen deze termijn op uw verzoek te beslissen',
    );
    expect(wij).toContain(
      'Daarom verdagen wij de beslistermijn met vier weken (artikel 6, tweede lid, van de Wob). Verdagen betekent: wij nemen meer tijd voor ons besluit. Wij beslissen nu uiterlijk op',
    );
    expect(wij).toContain('Als het mogelijk is, beslissen wij eerder.');
    expect(wij).not.toMatch(/\b(ik|mij|mijn)\b/i);
    // The default is "ik": a letter whose organisation names no voice reads as before.
    const unset = await printed(renderer.render('extension', base), 'extension-voice-default');
    expect(unset.replace(/\s+/g, ' ')).toBe(ik.replace(/\s+/g, ' '));
  }, 60_000);
});
