import type { LocalDate } from '../calendar/local-date.js';

/** Why a publication date is refused. */
export type PublicationDateRefusal = 'not_sent' | 'before_sending' | 'before_disclosure';

/** The earliest day a decision and what it discloses may be published, and why. */
export interface EarliestPublication {
  readonly date: LocalDate;
  /** The provision that sets it, cited to the clerk. */
  readonly article: string;
}

/**
 * The earliest publication day of a decision (Woo art. 3.3 lid 2 sub i makes decisions on
 * requests public; art. 4.4 lid 5 delays disclosure to two weeks after the bekendmaking when a
 * third party is expected to object). Never before the decision was sent: until the requester
 * has it, publishing would make it known to everyone before the addressee. When the request
 * has a disclosure date (an objection expected), that date is the earliest.
 */
export function earliestPublication(
  sentOn: LocalDate | undefined,
  disclosureDate: LocalDate | undefined,
): EarliestPublication | undefined {
  if (sentOn === undefined) return undefined;
  if (disclosureDate !== undefined && disclosureDate.isAfter(sentOn)) {
    return { date: disclosureDate, article: 'Woo art. 4.4 lid 5' };
  }
  return { date: sentOn, article: 'Woo art. 3.3 lid 2 onder i; Awb 3:40' };
}

/** Whether `publishOn` is allowed; the refusal names the rule broken. */
export function checkPublicationDate(
  publishOn: LocalDate,
  sentOn: LocalDate | undefined,
  disclosureDate: LocalDate | undefined,
): PublicationDateRefusal | undefined {
  const earliest = earliestPublication(sentOn, disclosureDate);
  if (earliest === undefined) return 'not_sent';
  if (!publishOn.isBefore(earliest.date)) return undefined;
  return earliest.date.equals(sentOn!) ? 'before_sending' : 'before_disclosure';
}
