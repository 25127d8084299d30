// What the requester's status page and its API return; the HTTP layer codes against these types.
import type { RequestPhase } from '@wobdesk/domain';

/** What a requester sees with their status token: nothing internal. Dates 'YYYY-MM-DD'. */
export interface PublicStatusView {
  readonly reference: string;
  readonly subject: string;
  readonly phase: RequestPhase;
  /** The state in plain Dutch. */
  readonly stateNl: string;
  readonly keyDates: {
    readonly receivedOn: string;
    readonly decisionDue: string;
    readonly extendedTo?: string;
    readonly suspendedUntil?: string;
    readonly decidedOn?: string;
    readonly sentOn?: string;
    readonly objectionWindowEndsOn?: string;
  };
  /** Public events only (no internal notes, actors or payloads), in Dutch. */
  readonly timeline: readonly { readonly on: string; readonly textNl: string }[];
}

export interface PublicStatus {
  /** Undefined for an unknown, malformed or revoked token alike. */
  lookup(token: string): Promise<PublicStatusView | undefined>;
}
