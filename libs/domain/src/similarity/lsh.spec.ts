import { bandKeys, textSignature } from './minhash.js';
import { quotesInFull, threadIdOf } from './quoted-mail.js';

/** A deterministic pseudo-random generator (mulberry32), so the corpus is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = Array.from({ length: 2000 }, (_, i) => `woord${i.toString(36)}`);

/**
 * A corpus like a dossier: memos of 80 words from one shared vocabulary, and for every fifth
 * memo a second version with two words changed.
 */
function corpus(size: number): string[] {
  const next = random(size);
  const texts: string[] = [];
  while (texts.length < size) {
    const words = Array.from({ length: 80 }, () => VOCABULARY[Math.floor(next() * 2000)]);
    texts.push(words.join(' '));
    if (texts.length % 5 === 0 && texts.length < size) {
      words[10] = 'gewijzigd';
      words[60] = 'aangepast';
      texts.push(words.join(' '));
    }
  }
  return texts;
}

/** How many pairs share a band key: the comparisons LSH makes, as intake would index them. */
function candidatePairs(texts: readonly string[]): number {
  const buckets = new Map<string, number>();
  let pairs = 0;
  for (const text of texts) {
    const seen = new Set<string>();
    for (const key of bandKeys(textSignature(text)!)) {
      const count = buckets.get(key) ?? 0;
      // Each earlier document in the bucket is one candidate (counted once per key).
      if (!seen.has(key)) pairs += count;
      seen.add(key);
      buckets.set(key, count + 1);
    }
  }
  return pairs;
}

describe('LSH banding', () => {
  it('finds candidates in proportion to the number of documents, not to the pairs', () => {
    const small = candidatePairs(corpus(500));
    const large = candidatePairs(corpus(2000));
    // Every edited version is a candidate of its original: at least one a pair.
    expect(small).toBeGreaterThanOrEqual(100);
    // Four times the documents: about four times the candidates (sixteen if quadratic).
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(5);
    // And far fewer than the 2,000,000 pairs a comparison of all would make.
    expect(large).toBeLessThan(2000 * 2);
  });
});

describe('Quoted e-mails', () => {
  const original =
    'Beste Anna,\nHierbij de stukken over de brug. Graag uw reactie voor vrijdag.\nPiet';

  it('sees an earlier mail quoted in full in a reply', () => {
    const reply = `Dank je, ik kijk ernaar.\n\nOp 3 mei schreef Piet:\n${original
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n')}`;
    expect(quotesInFull(reply, original)).toBe(true);
    expect(quotesInFull(original, reply)).toBe(false);
  });

  it('does not see a quotation in a mail that quotes only a part', () => {
    expect(quotesInFull('> Hierbij de stukken over de brug. Ok.', original)).toBe(false);
  });

  it('does not call a mail contained in itself', () => {
    expect(quotesInFull(original, original)).toBe(false);
  });

  it('takes the thread from References, then In-Reply-To, then the own Message-ID', () => {
    expect(
      threadIdOf({ messageId: '<c@x>', inReplyTo: '<b@x>', references: ['<a@x>', '<b@x>'] }),
    ).toBe('<a@x>');
    expect(threadIdOf({ messageId: '<c@x>', inReplyTo: '<b@x>', references: [] })).toBe('<b@x>');
    expect(threadIdOf({ messageId: '<c@x>', inReplyTo: null, references: [] })).toBe('<c@x>');
    expect(threadIdOf({ messageId: null, inReplyTo: null, references: [] })).toBeNull();
  });
});
