import type { LocalDate } from '../calendar/local-date.js';

export const SUSPENSION_KINDS = [
  'clarification',
  'foreign_authority',
  'third_party_view',
  'consent',
  'requester_delay',
  'force_majeure',
] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

/**
 * The facts of one suspension (opschorting) of the decision term, as a clerk records them.
 * How many days each suspends is set out in docs/legal-decisions.md (LD-SUSPENSION-CLARIFICATION,
 * LD-SUSPENSION-THIRD-PARTY, LD-SUSPENSION-CONSENT, LD-SUSPENSION-PERIOD); see `suspensionEffect`.
 */
export type Suspension =
  /** Awb 4:15 lid 1 sub a: invitation to complete/specify; suspends only when a term was set. */
  | {
      readonly kind: 'clarification';
      readonly requestedOn: LocalDate;
      readonly termEndsOn?: LocalDate;
      readonly answeredOn?: LocalDate;
    }
  /** Awb 4:15 lid 1 sub b: information requested from a foreign authority. */
  | {
      readonly kind: 'foreign_authority';
      readonly requestedOn: LocalDate;
      readonly expectedOn: LocalDate;
      readonly receivedOn?: LocalDate;
    }
  /** Woo art. 4.4 lid 3 / Wob art. 6 lid 3: third-party view (zienswijze, Awb 4:8). */
  | {
      readonly kind: 'third_party_view';
      readonly notifiedOn: LocalDate;
      readonly termEndsOn: LocalDate;
      readonly respondedOn?: LocalDate;
    }
  /** Awb 4:15 lid 2 sub a: written consent of the requester to a postponement of `days` days. */
  | { readonly kind: 'consent'; readonly agreedOn: LocalDate; readonly days: number }
  /** Awb 4:15 lid 2 sub b (delay attributable to the requester) and sub c (force majeure), both days inclusive. */
  | {
      readonly kind: 'requester_delay' | 'force_majeure';
      readonly from: LocalDate;
      readonly until: LocalDate;
    };
