// A letter that goes out "namens deze" names the official who signs it and their position; without
// them the signature block is empty and the letter is not one a body can send.
import type { LetterWarning } from '@wobdesk/letters';
import type { OrganisationRecord } from '@wobdesk/persistence';

export const NO_SIGNATORY = 'LETTER.NO_SIGNATORY';

const blank = (value: string | null) => value === null || value.trim() === '';

/** A blocking warning when the organisation's signatory name or position is missing. */
export function signatoryWarnings(
  org: Pick<OrganisationRecord, 'signatoryName' | 'signatoryPosition'>,
): LetterWarning[] {
  const missing = [
    ...(blank(org.signatoryName) ? [{ nl: 'naam', en: 'name' }] : []),
    ...(blank(org.signatoryPosition) ? [{ nl: 'functie', en: 'position' }] : []),
  ];
  if (missing.length === 0) return [];
  return [
    {
      code: NO_SIGNATORY,
      blocking: true,
      nl: `Ondertekening: de ${missing.map((m) => m.nl).join(' en ')} van de ondertekenaar ontbreekt in de gegevens van uw organisatie.`,
      en: `Signature: the signatory's ${missing.map((m) => m.en).join(' and ')} is missing from your organisation's details.`,
    },
  ];
}
