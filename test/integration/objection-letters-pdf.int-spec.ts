// Golden tests of the letters after an objection, printed by the system Chromium from their
// samples (the seed case, with an objection received on 1 July 2020) and read back with
// pdftotext: the passages that state the law, the outcome and the computed dates.
// Needs Debian's chromium and poppler-utils (.ci/run installs both).
import { sampleLetterPrinter } from '../support/sample-letter-pdfs.js';

describe('letters after an objection as PDF (golden)', () => {
  const { renderer, samples, printed } = sampleLetterPrinter('objection-pdf');

  it('should print the extension with the date before and after, both computed', async () => {
    const text = await printed(
      renderer.render('objection_extension', samples.objection_extension),
      'objection-extension',
    );
    expect(text).toContain('Datum 10 augustus 2020');
    expect(text).toContain(
      'Onderwerp Verdaging van de beslissing op uw bezwaarschrift van 30 juni 2020',
    );
    expect(text).toContain('Op 1 juli 2020 heb ik uw bezwaarschrift van 30 juni 2020 ontvangen.');
    expect(text).toContain('mijn besluit van 26 mei 2020 (kenmerk 2848691) op uw Wob-verzoek');
    // The objection window ended on Tuesday 7 July 2020; six weeks from then: 18 August.
    expect(text).toContain(
      'Op grond van artikel 7:10, eerste lid, van de Algemene wet bestuursrecht moest ik uiterlijk op dinsdag 18 augustus 2020 op uw bezwaar beslissen.',
    );
    expect(text).toContain(
      'Daarom verdaag ik de beslissing met 28 dagen. Verdagen betekent: ik neem meer tijd voor mijn beslissing. Dat mag met ten hoogste zes weken (artikel 7:10, derde lid, van de Algemene wet bestuursrecht).',
    );
    expect(text).toContain('uiterlijk op dinsdag 15 september 2020 op uw bezwaar beslis.');
    expect(text).toContain('Hoogachtend,');
  }, 60_000);

  it('should print the decision on the objection with its outcome, reasons and appeal clause', async () => {
    const text = await printed(
      renderer.render('objection_decision', samples.objection_decision),
      'objection-decision',
    );
    expect(text).toContain('Datum 11 augustus 2020');
    expect(text).toContain('Onderwerp Beslissing op uw bezwaarschrift van 30 juni 2020');
    expect(text).toContain('Met deze brief beslis ik op uw bezwaar.');
    expect(text).toContain(
      'Ik verklaar uw bezwaar ongegrond. Dat betekent dat ik uw bezwaar niet terecht vind. Ik blijf bij mijn besluit.',
    );
    expect(text).toContain('artikel 7:11, eerste lid, van de Algemene wet bestuursrecht');
    expect(text).toContain('Ik heb die notities opnieuw bekeken.');
    expect(text).toContain('artikel 7:12, eerste lid, van de Algemene wet bestuursrecht');
    expect(text).toContain(
      'Bent u het niet eens met deze beslissing? Dan kunt u beroep instellen bij de rechtbank Den Haag.',
    );
    expect(text).toContain(
      'binnen zes weken na de dag waarop deze beslissing aan u is verzonden (artikel 6:7 en artikel 6:8 van de Algemene wet bestuursrecht; artikel 8:1 van die wet)',
    );
    expect(text).not.toContain('niet-ontvankelijk');
    expect(text).toContain('De minister van Justitie en Veiligheid, namens deze');
  }, 60_000);

  it('should explain niet-ontvankelijk in plain words, and gegrond as the decision revoked', () => {
    const base = samples.objection_decision;
    const html = (outcome: 'gegrond' | 'niet-ontvankelijk') =>
      renderer.render('objection_decision', { ...base, objection: { ...base.objection, outcome } })
        .html;
    expect(html('niet-ontvankelijk')).toContain(
      'Niet-ontvankelijk betekent: ik behandel uw bezwaar niet inhoudelijk.',
    );
    expect(html('gegrond')).toContain('Ik verklaar uw bezwaar gegrond.');
    expect(html('gegrond')).toContain('Ik herroep mijn besluit voor zover uw bezwaar gegrond is');
    expect(() =>
      renderer.render('objection_decision', {
        ...base,
        objection: { ...base.objection, outcome: 'half' as never },
      }),
    ).toThrow(expect.objectContaining({ code: 'LETTER.UNKNOWN_OBJECTION_OUTCOME' }));
  });
});
