import { brandOf, brandStylesheet, privacyView } from './site-brand.js';

describe('site brand', () => {
  it('writes the stylesheet from a checked colour only', () => {
    const css = brandStylesheet('#154273');
    expect(css).toContain('--utrecht-button-primary-action-background-color: #154273;');
    expect(css).toContain('--utrecht-button-primary-action-hover-background-color: #11355c;');
    expect(brandStylesheet('#ffffff')).toBe('');
    expect(brandStylesheet('#000000;} body{display:none')).toBe('');
  });

  it('versions the addresses by colour and logo hash', () => {
    const brand = brandOf({
      primaryColour: '#154273',
      privacyStatement: null,
      logo: { sha256: 'a'.repeat(64), width: 300, height: 80 },
    });
    expect(brand).toEqual({
      stylesheet: '/huisstijl/kleuren.css?v=154273',
      logo: { src: `/huisstijl/logo.png?v=${'a'.repeat(16)}`, width: 300, height: 80 },
    });
    expect(brandOf({ primaryColour: null, privacyStatement: null, logo: null })).toEqual({
      stylesheet: null,
      logo: null,
    });
  });

  it('shows a statement as a link, as paragraphs, or leaves the default', () => {
    expect(privacyView('https://voorbeeld.nl/privacy')).toEqual({
      url: 'https://voorbeeld.nl/privacy',
      paragraphs: null,
    });
    expect(privacyView('Eerste.\n\n  Tweede.\n\n\n')).toEqual({
      url: null,
      paragraphs: ['Eerste.', 'Tweede.'],
    });
    expect(privacyView(null)).toEqual({ url: null, paragraphs: null });
  });
});
