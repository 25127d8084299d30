// Golden tests of the two forwarding letters, printed by the system Chromium from their samples
// (the Woo case, forwarded on 4 January 2024) and read back with pdftotext.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { sampleLetterPrinter } from '../support/sample-letter-pdfs.js';

describe('forwarding letters as PDF (golden)', () => {
  const { renderer, samples, printed } = sampleLetterPrinter('forwarding-pdf');

  it('should tell the requester where the request went, why, and on which article', async () => {
    const text = await printed(
      renderer.render('forwarding_notice', samples.forwarding_notice),
      'forwarding-notice',
    );
    expect(text).toContain('Mevrouw M. Bakker (naam fictief) Per e-mail: m.bakker@example.org');
    expect(text).toContain('Datum 4 januari 2024');
    expect(text).toContain('Onderwerp Doorzending van uw Woo-verzoek van 22 december 2023');
    expect(text).toContain('Geachte mevrouw Bakker,');
    expect(text).toContain(
      'De informatie waar u om vraagt, is niet bij mij maar bij de minister van Klimaat en Groene Groei.',
    );
    expect(text).toContain('De stukken over de aanvraag zijn daar, niet bij mij.');
    expect(text).toContain(
      'Daarom heb ik uw verzoek op 4 januari 2024 doorgestuurd naar de minister van Klimaat en Groene Groei. Dat moet ik doen op grond van artikel 4.2, eerste lid, van de Woo.',
    );
    expect(text).toContain('U hoeft niets te doen.');
    expect(text).toContain('Hoogachtend,');
  }, 60_000);

  it('should address the letter with the request to the competent body', async () => {
    const text = await printed(
      renderer.render('forwarding_letter', samples.forwarding_letter),
      'forwarding-letter',
    );
    expect(text).toContain(
      'De minister van Klimaat en Groene Groei Postbus 20401 2500 EK Den Haag',
    );
    expect(text).toContain('Onderwerp Doorzending van een Woo-verzoek van 22 december 2023');
    // A body has no one person to greet.
    expect(text).toContain('Geacht bestuur,');
    expect(text).toContain(
      'Op 22 december 2023 heb ik een verzoek ontvangen van Mevrouw M. Bakker (naam fictief).',
    );
    expect(text).toContain(
      'Daarom stuur ik het verzoek op grond van artikel 4.2, eerste lid, van de Woo aan u door. Ik heb de verzoeker daarvan op 4 januari 2024 bericht.',
    );
    // The requester's own reference is not the body's.
    expect(text).not.toContain('Uw kenmerk');
    expect(text).not.toContain('m.bakker@example.org');
  }, 60_000);

  it('should cite article 4 of the Wob for a Wob request', () => {
    const base = samples.forwarding_notice;
    const html = renderer.render('forwarding_notice', {
      ...base,
      request: { ...base.request, regime: 'wob' },
    }).html;
    expect(html).toContain('op grond van artikel 4 van de Wob');
  });
});
