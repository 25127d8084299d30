import type { LocalDate } from '../calendar/local-date.js';

/**
 * The days after receipt within which the receipt should be acknowledged. No statute sets a term
 * (Awb 4:3a only requires the acknowledgement of an electronic request), so a week is the
 * office's own term: long enough for a clerk to register and check the request, short enough that
 * a requester is not left guessing (LD-ACKNOWLEDGEMENT-TERM).
 */
export const ACKNOWLEDGEMENT_TERM_DAYS = 7;

/**
 * The last receipt date whose acknowledgement is overdue today: received on that day or before
 * and still unacknowledged, the week has passed. Inclusive, as the register's `receivedTo`.
 */
export function acknowledgementOverdueIfReceivedBy(today: LocalDate): LocalDate {
  return today.minusDays(ACKNOWLEDGEMENT_TERM_DAYS + 1);
}
