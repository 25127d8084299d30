import { join } from 'node:path';
import { seedCalendar } from '../../../test/support/seed-calendar.js';
import type { DecisionContext } from './letter-contexts.js';
import { findTemplatesDir } from './letter-renderer.js';
import { LetterTemplates } from './letter-templates.js';
import { nameWords, PUBLIC_OFFICIAL_NL, publicDecisionContext } from './public-copy.js';
import { renderLetter } from './render-letter.js';
import { sampleWooDecisionContext, seedDecisionContext } from './samples/sample-contexts.js';
import { SEED_OFFICIAL, SEED_ORGANISATION, SEED_REQUESTER } from './samples/seed-case.js';

const templates = LetterTemplates.load({
  baseDir: join(findTemplatesDir(undefined, process.cwd()), 'letters'),
});
const calendar = seedCalendar();

/** The letter's text as a reader sees it: tags dropped, entities and spaces folded. */
function textOf(context: DecisionContext): string {
  return renderLetter(templates, 'decision', context)
    .html.replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the public copy of a decision', () => {
  const seed = seedDecisionContext(calendar);
  const names = { officials: [SEED_OFFICIAL], thirdParties: ['Bakkerij Pietersen B.V.'] };

  it('should leave out the requester, the officials below the signatory and the third parties', () => {
    const views = [{ askedOn: '2020-04-01', thirdParties: 'Bakkerij Pietersen B.V.' }];
    const text = textOf(
      publicDecisionContext(
        {
          ...seed,
          thirdPartyViews: views,
          closing: 'Bakkerij Pietersen B.V. en de heer Jansen zijn gehoord.',
        },
        names,
      ),
    );
    expect(text).not.toContain('Jansen');
    expect(text).not.toContain('Postbus 353');
    expect(text).not.toContain('1000 AJ');
    expect(text).not.toContain('de Vries');
    expect(text).not.toContain('Pietersen');
    expect(text).not.toContain('070 370 79 11');
    expect(text).toContain('Aan: verzoeker');
    expect(text).toContain('Openbare versie: persoonsgegevens zijn weggelaten.');
    expect(text).toContain('Geachte verzoeker,');
    expect(text).toContain('derden gevraagd wat zij vinden');
    expect(text).toContain('een derde en de heer verzoeker zijn gehoord.');
    expect(text).toContain('het telefoongesprek met een medewerker');
  });

  it('should keep the substance and the signatory, who holds a public office', () => {
    const text = textOf(publicDecisionContext(seed, names));
    const sent = textOf(seed);
    expect(text).toContain('Beoordeling van het verzoek');
    expect(text).toContain('BIJLAGE 1');
    expect(text).toContain(SEED_ORGANISATION.signatoryTitle.replace(/,$/, ''));
    expect(text).toContain('t.a.v. de directie Wetgeving en Juridische Zaken');
    // Only the personal data differs: the decision's answers are word for word the same.
    const answers = (t: string) => t.slice(t.indexOf('Beoordeling van het verzoek'));
    expect(answers(text).length).toBeGreaterThan(2000);
    expect(answers(sent)).toContain('mevrouw A. de Vries');
    expect(answers(text).replace(/een medewerker/g, '')).toBe(
      answers(sent)
        .replace(/mevrouw A\. de Vries/g, '')
        .replace(/een medewerker/g, ''),
    );
  });

  it('should keep the name of a requester that is an organisation, without its address', () => {
    const woo = sampleWooDecisionContext(calendar);
    const org = {
      ...woo,
      requester: {
        name: 'Stichting Open Archief',
        kind: 'organisation' as const,
        salutation: 'Geachte mevrouw Smit',
        postalAddress: 'Kerkstraat 1\n3500 AA  Utrecht',
        email: 'info@openarchief.example.nl',
      },
    };
    const text = textOf(publicDecisionContext(org, { officials: [], thirdParties: [] }));
    expect(text).toContain('Aan: Stichting Open Archief');
    expect(text).toContain('Geacht bestuur,');
    expect(text).not.toContain('Smit');
    expect(text).not.toContain('Kerkstraat');
    expect(text).not.toContain('openarchief.example.nl');
  });

  it('should not take the word for the requester among the participants for a name', () => {
    const text = textOf(
      publicDecisionContext(seed, { officials: ['verzoeker'], thirdParties: [] }),
    );
    expect(text).toContain('Aan: verzoeker');
    expect(text).toContain('Geachte verzoeker,');
    expect(text).not.toContain(PUBLIC_OFFICIAL_NL + ',');
  });

  it("should leave the substance's words that are also words of a name", () => {
    const text = textOf(
      publicDecisionContext(
        {
          ...seed,
          closing: 'Gemeente Utrecht, de gemeente en het bos; J. Bos en Bos zelf.',
        },
        { officials: ['J. Bos'], thirdParties: ['Gemeente Utrecht'] },
      ),
    );
    expect(text).toContain(
      'een derde, de gemeente en het bos; een medewerker en een medewerker zelf.',
    );
  });

  it('should take the identifying words of a name, not titles and particles', () => {
    expect(nameWords(SEED_REQUESTER.name)).toEqual(['Jansen']);
    expect(nameWords('mevrouw A. de Vries')).toEqual(['Vries']);
    expect(nameWords('Dr. Piet van der Berg')).toEqual(['Piet', 'Berg']);
  });
});
