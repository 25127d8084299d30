import fc from 'fast-check';
import { LocalDate } from '../calendar/local-date.js';
import {
  isDutchPhoneNumber,
  isValidBsn,
  isValidIban,
  personalDataGroundOn,
  redactionLabel,
  suggestPersonalData,
} from './personal-data.js';
import type { PageOfWords } from './word-boxes.js';

/** The 11-test's weighted sum of the first eight digits. */
const weighted = (digits: readonly number[]) =>
  digits.slice(0, 8).reduce((total, d, i) => total + (9 - i) * d, 0);

/** Eight digits completed to a BSN passing the 11-test (skipped when no ninth digit fits). */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => ({ digits, last: weighted(digits) % 11 }))
  .filter(({ digits, last }) => last <= 9 && digits.some((d) => d > 0))
  .map(({ digits, last }) => [...digits, last].join(''));

/** A Dutch IBAN with its check digits computed as ISO 13616 says (98 − mod 97 of the rest). */
const validIban = fc
  .tuple(
    fc.constantFrom('ABNA', 'INGB', 'RABO', 'BUNQ', 'TRIO'),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
  )
  .map(([bank, account]) => {
    const body = `${bank}${account.join('')}`;
    const numeric = [...`${body}NL00`]
      .map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c))
      .join('');
    const check = 98 - Number(BigInt(numeric) % 97n);
    return `NL${String(check).padStart(2, '0')}${body}`;
  });

/** Words laid out on one line, 40 points apart. */
function page(texts: readonly string[]): PageOfWords {
  return {
    page: 1,
    width: 595,
    height: 842,
    words: texts.map((text, i) => ({ text, x: 72 + i * 40, y: 100, width: 36, height: 12 })),
  };
}

describe('the 11-test of the BSN', () => {
  it('accepts every number whose ninth digit completes the weighted sum', () => {
    fc.assert(fc.property(validBsn, (bsn) => expect(isValidBsn(bsn)).toBe(true)));
  });

  it('refuses a number with one digit changed (the test catches every single-digit error)', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, at, delta) => {
          const changed = [...bsn];
          changed[at] = String((Number(changed[at]) + delta) % 10);
          expect(isValidBsn(changed.join(''))).toBe(false);
        },
      ),
    );
  });

  it('suggests a BSN exactly when it passes the test', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (digits) => {
        const kinds = suggestPersonalData([page(['BSN:', digits])]).map((s) => s.kind);
        expect(kinds).toEqual(isValidBsn(digits) ? ['bsn'] : []);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the mod-97 check of the IBAN', () => {
  it('accepts every IBAN with its check digits, in groups of four or not', () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        expect(isValidIban(iban)).toBe(true);
        expect(isValidIban(iban.replace(/(.{4})/g, '$1 ').trim())).toBe(true);
      }),
    );
  });

  it('refuses an IBAN with two neighbouring characters of the account swapped', () => {
    fc.assert(
      fc.property(validIban, fc.integer({ min: 8, max: 16 }), (iban, at) => {
        fc.pre(iban[at] !== iban[at + 1]);
        const swapped = iban.slice(0, at) + iban[at + 1] + iban[at] + iban.slice(at + 2);
        expect(isValidIban(swapped)).toBe(false);
      }),
    );
  });

  it('suggests an IBAN written in groups over several words, with one box on its line', () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        const groups = iban.match(/.{1,4}/g)!;
        const [found, ...more] = suggestPersonalData([page(['rekening', ...groups, 'graag'])]);
        expect(more).toEqual([]);
        expect(found).toMatchObject({ kind: 'iban', text: groups.join(' ') });
        expect(found!.areas).toEqual([
          { page: 1, x: 112, y: 100, width: 40 * (groups.length - 1) + 36, height: 12 },
        ]);
      }),
    );
  });
});

describe('suggestPersonalData', () => {
  it.each([['06-12345678'], ['0612345678'], ['020-1234567'], ['+31612345678'], ['(020)1234567']])(
    'finds the phone number %s',
    (text) => {
      expect(isDutchPhoneNumber(text)).toBe(true);
      expect(suggestPersonalData([page(['bel', `${text},`, 'dan'])])).toMatchObject([
        { kind: 'phone', text },
      ]);
    },
  );

  it('finds a phone number written over several words', () => {
    const found = suggestPersonalData([page(['Tel.', '+31', '(0)20', '123', '4567'])]);
    expect(found).toMatchObject([{ kind: 'phone', text: '+31 (0)20 123 4567' }]);
  });

  it('finds an e-mail address without the full stop that ends the sentence', () => {
    const found = suggestPersonalData([page(['mail', 'j.de.vries@gemeente.nl.'])]);
    expect(found).toMatchObject([
      { id: 'email-1-1', kind: 'email', text: 'j.de.vries@gemeente.nl' },
    ]);
  });

  it("finds the organisation's names in any case, the longest first, and nothing else", () => {
    const found = suggestPersonalData(
      [page(['Met', 'JAN', 'de', 'Vries,', 'niet', 'met', 'Jan', 'Smit', '12345'])],
      ['jan de vries', 'Jan'],
    );
    expect(found.map((s) => [s.kind, s.text])).toEqual([
      ['name', 'JAN de Vries'],
      ['name', 'Jan'],
    ]);
  });

  it('leaves ordinary numbers and words alone', () => {
    expect(
      suggestPersonalData([page(['artikel', '5.1', 'lid', '2', 'van', '2024', '0612345'])]),
    ).toEqual([]);
  });
});

describe('the ground proposed for personal data', () => {
  it('is the privacy ground of the law in force on the decision date, labelled short', () => {
    const woo = personalDataGroundOn(LocalDate.parse('2024-03-01'));
    const wob = personalDataGroundOn(LocalDate.parse('2021-03-01'));
    expect([woo.code, redactionLabel(woo.code)]).toEqual(['5.1.2.e', '5.1.2e']);
    expect([wob.code, redactionLabel(wob.code)]).toEqual(['10.2.e', '10.2e']);
  });
});
