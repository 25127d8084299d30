// The status code a requester types from a paper letter, with the kenmerk, on /status. It is
// derived like the status token (an HMAC of the request and its token generation under the server
// secret), so nothing more is stored, and reissuing or revoking the token retires the code too.

/** No 0/O or 1/I: the characters a reader could mistake for one another are left out. */
export const STATUS_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 8 characters of 5 bits: 40 bits, guessed only through the rate-limited form. */
export const STATUS_CODE_LENGTH = 8;

/** The code from the first bytes of an HMAC digest, grouped as on paper: "K7QM-4XPD". */
export function statusCodeFromDigest(digest: Uint8Array): string {
  if (digest.length < STATUS_CODE_LENGTH) throw new Error('digest too short for a status code');
  const chars = Array.from(
    digest.subarray(0, STATUS_CODE_LENGTH),
    (b) => STATUS_CODE_ALPHABET[b & 31],
  );
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/**
 * What a requester typed, as the code prints (with its dash), or undefined when it cannot be a
 * code: upper or lower case, with or without the dash or spaces.
 */
export function normaliseStatusCode(input: string): string | undefined {
  const bare = input.replace(/[\s-]/g, '').toUpperCase();
  if (bare.length !== STATUS_CODE_LENGTH) return undefined;
  if ([...bare].some((c) => !STATUS_CODE_ALPHABET.includes(c))) return undefined;
  return `${bare.slice(0, 4)}-${bare.slice(4)}`;
}
