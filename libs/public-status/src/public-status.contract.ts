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
  /** Once documents were added: how many were found and, after the decision was sent, the list. */
  readonly documents?: PublicDocuments;
  /** Once the decision's publication is scheduled; absent again when it is withdrawn. */
  readonly publication?: PublicPublication;
}

/**
 * The publication of the decision on the organisation's public pages (Woo 3.3 lid 2 sub i):
 * the day it is planned for and, once it is public, its slug (`/openbaar/<slug>`).
 */
export interface PublicPublication {
  readonly publishOn: string;
  readonly published: boolean;
  /** Present once published. */
  readonly slug?: string;
}

/**
 * The documents found for the request. Never their text; a document the decision does not
 * disclose is named by its description only (the inventory's), never by its file name.
 */
export interface PublicDocuments {
  /** How many distinct documents: a copy is counted under `copies`, not here. */
  readonly found: number;
  /** How many copies of those documents were found too (listed under the document they copy). */
  readonly copies: number;
  /** Present once the decision was sent: the decision's inventory list. */
  readonly inventory?: readonly PublicInventoryRow[];
}

export interface PublicInventoryRow {
  readonly number: number;
  readonly date?: string;
  readonly description: string;
  /** The copies listed under it, "ook nrs. 12, 31"; absent when it has none. */
  readonly also?: string;
  /** In Dutch: Openbaar, Deels openbaar, Niet openbaar, Reeds openbaar, Nog niet beoordeeld. */
  readonly assessmentNl: string;
  /** Ground codes ("5.1.2.e") of what it withholds. */
  readonly grounds: readonly string[];
}

export interface PublicStatus {
  /** Undefined for an unknown, malformed or revoked token alike. */
  lookup(token: string): Promise<PublicStatusView | undefined>;
}
