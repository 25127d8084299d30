import fc from 'fast-check';
import {
  bandKeys,
  estimatedSimilarity,
  jaccard,
  shingles,
  signatureFromHex,
  signatureToHex,
  textSignature,
} from './minhash.js';

/** A text of 6–60 words from a small alphabet of syllables (so texts can overlap). */
const words = (prefix: string) =>
  fc
    .array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 6, maxLength: 60 })
    .map((ws) => ws.map((w) => `${prefix}${w}`).join(' '));

describe('MinHash signatures (properties)', () => {
  it('gives identical texts similarity 1, whatever their spacing and case', () => {
    fc.assert(
      fc.property(words(''), (text) => {
        const a = textSignature(text)!;
        const b = textSignature(`  ${text.toUpperCase().replace(/ /g, '\n')} `)!;
        expect(estimatedSimilarity(a, b)).toBe(1);
        expect(bandKeys(a)).toEqual(bandKeys(b));
      }),
    );
  });

  it('gives texts without a shared word a similarity near 0', () => {
    fc.assert(
      fc.property(words('x'), words('y'), (a, b) => {
        expect(jaccard(shingles(a), shingles(b))).toBe(0);
        expect(estimatedSimilarity(textSignature(a)!, textSignature(b)!)).toBeLessThan(0.1);
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(words(''), words(''), (a, b) => {
        const [sa, sb] = [textSignature(a)!, textSignature(b)!];
        expect(estimatedSimilarity(sa, sb)).toBe(estimatedSimilarity(sb, sa));
      }),
    );
  });

  it('estimates the Jaccard similarity of the shingle sets within a few hundredths', () => {
    fc.assert(
      fc.property(words(''), fc.integer({ min: 0, max: 40 }), (text, cut) => {
        // A text and a version of it with a stretch left out: a real, known overlap.
        const all = text.split(' ');
        const edited = [...all.slice(0, cut), ...all.slice(cut + 3)].join(' ');
        const exact = jaccard(shingles(text), shingles(edited));
        const estimate = estimatedSimilarity(textSignature(text)!, textSignature(edited)!);
        // 128 positions: the standard error is at most 0.044; five of them is never reached.
        expect(Math.abs(estimate - exact)).toBeLessThan(0.23);
      }),
    );
  });

  it('stores and reads a signature back unchanged', () => {
    fc.assert(
      fc.property(words(''), (text) => {
        const signature = textSignature(text)!;
        expect(signatureFromHex(signatureToHex(signature))).toEqual(signature);
      }),
    );
  });
});
