// Golden tests of the letters to a third party, printed by the system Chromium from their
// samples (the Woo case: view asked on 9 January 2024, decision sent on 5 February 2024 with an
// objection expected) and read back with pdftotext.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { sampleLetterPrinter } from '../support/sample-letter-pdfs.js';

describe('letters to a third party as PDF (golden)', () => {
  const { renderer, samples, printed } = sampleLetterPrinter('third-party-pdf');

  it('should ask the third party for their view by the recorded term', async () => {
    const text = await printed(
      renderer.render('third_party_view_request', samples.third_party_view_request),
      'third-party-view-request',
    );
    expect(text).toContain('Windkracht Noorderveld B.V. Postbus 77 9700 AB Groningen');
    // A company has no one person to greet.
    expect(text).toContain('Geacht bestuur,');
    expect(text).toContain('Datum 9 januari 2024');
    expect(text).toContain(
      'Onderwerp Verzoek om uw zienswijze over de openbaarmaking van informatie (Woo)',
    );
    expect(text).toContain(
      'Op 22 december 2023 heb ik een verzoek ontvangen op grond van de Wet open overheid (Woo).',
    );
    expect(text).toContain(
      'Dat heet een zienswijze (artikel 4:8 van de Algemene wet bestuursrecht).',
    );
    expect(text).toContain('Stuur uw zienswijze uiterlijk op dinsdag 23 januari 2024 aan mij');
    expect(text).toContain(
      'staat de termijn om te beslissen stil (artikel 4.4, derde lid, van de Woo)',
    );
    // The requester is not named to the third party, nor their reference or address.
    expect(text).not.toContain('Bakker');
    expect(text).not.toContain('Uw kenmerk');
    expect(text).toContain('Hoogachtend,');
  }, 60_000);

  it('should tell the third party of the disclosure date and their objection window', async () => {
    const text = await printed(
      renderer.render('third_party_disclosure', samples.third_party_disclosure),
      'third-party-disclosure',
    );
    expect(text).toContain('Windkracht Noorderveld B.V. Postbus 77 9700 AB Groningen');
    expect(text).toContain('Datum 5 februari 2024');
    expect(text).toContain(
      'Met deze brief laat ik u dat weten (artikel 4.4, zesde lid, van de Woo).',
    );
    // Sent Monday 5 February 2024: two weeks later, Monday 19 February.
    expect(text).toContain(
      'Ik maak de informatie niet eerder openbaar dan op maandag 19 februari 2024: twee weken na de verzending (artikel 4.4, vijfde lid, van de Woo).',
    );
    // Six weeks from the day after sending: Monday 18 March.
    expect(text).toContain('Die termijn eindigt op maandag 18 maart 2024.');
    expect(text).toContain('(artikel 8:81 van de Algemene wet bestuursrecht)');
    expect(text).not.toContain('Bakker');
  }, 60_000);

  it('should cite the Wob for a Wob request', () => {
    const base = samples.third_party_disclosure;
    const html = renderer.render('third_party_disclosure', {
      ...base,
      request: { ...base.request, regime: 'wob' },
    }).html;
    expect(html).toContain('(artikel 6, vijfde lid, van de Wob)');
    expect(html).toContain('(artikel 3:41, eerste lid, van de Algemene wet bestuursrecht)');
  });
});
