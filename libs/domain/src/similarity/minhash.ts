// Near-duplicate detection without comparing every pair of documents: each text becomes a set
// of word 5-grams (shingles), the set a MinHash signature (the chance that two signatures agree
// at a position equals the Jaccard similarity of the two sets), and the signature a few band
// keys (locality-sensitive hashing). Only documents sharing a band key are compared, so the work
// grows with the number of documents, not with the number of pairs. Pure and deterministic: the
// hash functions are fixed, so signatures stored at intake stay comparable with later ones.

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Signature length: bands × rows. */
export const SIGNATURE_LENGTH = 128;
/**
 * 16 bands of 8 rows: two texts of Jaccard s share a band with chance 1 − (1 − s⁸)¹⁶, which is
 * above 0.999 at s = 0.9 and about 0.95 at s = 0.8, but about 0.06 at s = 0.5 and nearly nil
 * below; so pairs above the default threshold (0.9) are all but certainly found, while texts
 * that merely share a subject rarely become candidates.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = SIGNATURE_LENGTH / LSH_BANDS;

// Read once: inside a sandboxed global (a VM context, as test runners use) every lookup of a
// global such as `Math` in the hot loops below is slow.
const imul = Math.imul;

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit integer. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finaliser (MurmurHash3's), mixing a value with a seed: one hash function per seed. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds of the hash family (derived once from their index). */
const SEEDS: readonly number[] = Array.from({ length: SIGNATURE_LENGTH }, (_, i) =>
  mix(i + 1, 0x9e3779b9),
);

/** The words of a text as compared: lower case, letters and digits only. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The text's shingles as 32-bit hashes: every run of SHINGLE_WORDS words. A text shorter than
 * that is one shingle of all its words; a text without words has none.
 */
export function shingles(text: string): Set<number> {
  const words = wordsOf(text);
  const result = new Set<number>();
  if (words.length === 0) return result;
  const span = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + span <= words.length; i++) {
    result.add(fnv1a(words.slice(i, i + span).join(' ')));
  }
  return result;
}

/** The MinHash signature of a set of shingles; null for an empty set (nothing to compare). */
export function minhash(shingleSet: ReadonlySet<number>): Uint32Array | null {
  if (shingleSet.size === 0) return null;
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingleSet) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix(shingle, SEEDS[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/** The text's signature (shingles, then MinHash); null for a text without words. */
export function textSignature(text: string): Uint32Array | null {
  return minhash(shingles(text));
}

/** The Jaccard similarity the two signatures estimate: the share of positions that agree. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures of different lengths');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same += 1;
  return same / a.length;
}

/** The exact Jaccard similarity of two sets (for tests and small checks). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both += 1;
  return both / (a.size + b.size - both);
}

/**
 * The signature's band keys: per band, its number and a hash of its rows, as text
 * (`"7:1a2b3c4d"`), so one indexed column finds the documents sharing any band.
 */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5;
    for (let row = 0; row < LSH_ROWS; row++) {
      h = mix(signature[band * LSH_ROWS + row], h);
    }
    keys.push(`${band}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** A signature as stored: hex, 8 digits a position. */
export function signatureToHex(signature: Uint32Array): string {
  return Array.from(signature, (v) => v.toString(16).padStart(8, '0')).join('');
}

export function signatureFromHex(hex: string): Uint32Array {
  if (hex.length !== SIGNATURE_LENGTH * 8 || !/^[0-9a-f]+$/.test(hex)) {
    throw new RangeError('not a stored signature');
  }
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    signature[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  }
  return signature;
}
