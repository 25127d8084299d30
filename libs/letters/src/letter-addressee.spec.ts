// Who each letter kind is addressed to decides what the requester may see: only their own letters
// are shown on the status page, served with the status link and attached to their e-mail.
import { describe, expect, it } from '@jest/globals';
import { isLetterToRequester, LETTER_DEFINITIONS, LETTER_KINDS } from './letter-registry.js';

describe('letter addressees', () => {
  it('should keep the letters to third parties and other bodies from the requester', () => {
    const notToRequester = LETTER_KINDS.filter((kind) => !isLetterToRequester(kind));
    expect(notToRequester.sort()).toEqual([
      'forwarding_letter',
      'third_party_disclosure',
      'third_party_view_request',
    ]);
    expect(LETTER_DEFINITIONS.forwarding_letter.addressee).toBe('competent_body');
    expect(LETTER_DEFINITIONS.third_party_view_request.addressee).toBe('third_party');
  });

  it('should treat an unknown kind as not for the requester', () => {
    expect(isLetterToRequester('no_such_kind')).toBe(false);
  });
});
