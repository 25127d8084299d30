import { publicationTitle } from './publication-title.js';

const request = {
  regime: 'woo' as const,
  reference: 'WOO-2024-0012',
  subject: 'Camera’s in het stadspark',
  requesterName: 'Mevrouw P. de Groot',
  requesterKind: 'person',
};

describe('the title of a published decision', () => {
  it('should be made from the subject', () => {
    expect(publicationTitle(request)).toBe('Besluit op Woo-verzoek over Camera’s in het stadspark');
    expect(publicationTitle({ ...request, regime: 'wob' })).toBe(
      'Besluit op Wob-verzoek over Camera’s in het stadspark',
    );
  });

  it('should never print a person’s name the subject holds, but the reference instead', () => {
    const named = { ...request, subject: 'Verzoek van P. de Groot over camera’s' };
    expect(publicationTitle(named)).toBe('Besluit op Woo-verzoek WOO-2024-0012');
    expect(publicationTitle({ ...named, subject: 'Dossier GROOT, camera’s' })).toBe(
      'Besluit op Woo-verzoek WOO-2024-0012',
    );
  });

  it('should not mistake a word inside another for the name, nor a particle for it', () => {
    expect(publicationTitle({ ...request, subject: 'De grootte van het park' })).toBe(
      'Besluit op Woo-verzoek over De grootte van het park',
    );
  });

  it('should keep an organisation’s name, which is no personal data', () => {
    const org = {
      ...request,
      requesterKind: 'organisation',
      requesterName: 'Stichting Groen',
      subject: 'Stichting Groen over het park',
    };
    expect(publicationTitle(org)).toBe('Besluit op Woo-verzoek over Stichting Groen over het park');
  });
});
