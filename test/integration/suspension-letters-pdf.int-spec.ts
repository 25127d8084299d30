// Golden tests of the suspension letters to the requester, printed by the system Chromium from
// their samples (the Woo case received on 22 December 2023) and read back with pdftotext.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { sampleLetterPrinter } from '../support/sample-letter-pdfs.js';

describe('suspension letters as PDF (golden)', () => {
  const { renderer, samples, printed } = sampleLetterPrinter('suspension-pdf');

  it('should confirm the agreed postponement with the date before and after', async () => {
    const text = await printed(
      renderer.render('suspension_agreed', samples.suspension_agreed),
      'suspension-agreed',
    );
    expect(text).toContain('Datum 10 januari 2024');
    expect(text).toContain(
      'Onderwerp Bevestiging van uitstel van de beslissing op uw Woo-verzoek van 22 december 2023',
    );
    // Received Friday 22 December 2023: four weeks from the next day end on Friday 19 January.
    expect(text).toContain(
      'Op grond van artikel 4.4, eerste lid, van de Woo moest ik uiterlijk op vrijdag 19 januari 2024 op uw verzoek beslissen.',
    );
    expect(text).toContain(
      'Op 10 januari 2024 heeft u mij schriftelijk laten weten dat u ermee instemt dat ik later beslis.',
    );
    expect(text).toContain('staat 28 dagen stil. Dat heet opschorten.');
    expect(text).toContain(
      '(artikel 4:15, tweede lid, aanhef en onder a, van de Algemene wet bestuursrecht)',
    );
    // 19 January + 28 days.
    expect(text).toContain('uiterlijk op vrijdag 16 februari 2024 op uw verzoek beslis.');
    expect(text).toContain('Hoogachtend,');
  }, 60_000);

  it('should tell the end of a suspension for force majeure with the new date', async () => {
    const text = await printed(
      renderer.render('suspension_end', samples.suspension_end),
      'suspension-end',
    );
    expect(text).toContain('Datum 12 januari 2024');
    expect(text).toContain(
      'Vanaf 8 januari 2024 stond de termijn om op uw verzoek te beslissen stil.',
    );
    expect(text).toContain(
      'De reden was overmacht: door een oorzaak buiten mijn macht kon ik niet op tijd beslissen (artikel 4:15, tweede lid, aanhef en onder c, van de Algemene wet bestuursrecht).',
    );
    expect(text).toContain('Die opschorting is op vrijdag 12 januari 2024 geëindigd.');
    // 8–12 January, five days, added to Friday 19 January.
    expect(text).toContain('uiterlijk op woensdag 24 januari 2024 op uw verzoek beslis.');
    expect(text).toContain('artikel 4:15, vierde lid, van de Algemene wet bestuursrecht');
  }, 60_000);

  it("should name the requester's delay as the ground when it was", () => {
    const base = samples.suspension_end;
    const html = renderer.render('suspension_end', {
      ...base,
      suspension: { ...base.suspension, kind: 'requester_delay' },
    }).html;
    expect(html).toContain('De reden was dat de vertraging aan u lag');
    expect(html).toContain('aanhef en onder b,');
    expect(html).not.toContain('overmacht');
  }, 60_000);
});
