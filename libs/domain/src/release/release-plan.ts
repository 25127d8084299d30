// Which documents of a request a release makes public, and what stops it. The assessment decides:
// "openbaar" and "deels openbaar" are released, the rest is not (already public documents are
// only referred to where they already are). A copy is released as its twin, once
// (LD-DUPLICATE-LISTED-ONCE). See LD-RELEASE.
import { listedOnce, type ListableDocument } from '../register/listed-once.js';

/** What the release needs to know of a document. */
export interface ReleasableDocument extends ListableDocument {
  readonly assessment: string | null;
  /** Whether there is a PDF to release: the file itself or its rendition. */
  readonly hasPdf: boolean;
  /** The number of areas marked to be blacked out. */
  readonly boxCount: number;
}

/** Why a document stops the release. */
export const RELEASE_BLOCKS = ['unassessed', 'partly_public_without_redactions', 'no_pdf'] as const;
export type ReleaseBlock = (typeof RELEASE_BLOCKS)[number];

export interface BlockedDocument {
  readonly number: number;
  readonly rule: ReleaseBlock;
}

export interface ReleasePlan<T> {
  /** The documents to release, in inventory order. */
  readonly released: readonly T[];
  /** The documents that stop the release; when any, nothing is released. */
  readonly blocked: readonly BlockedDocument[];
}

const RELEASED = new Set(['public', 'partly_public']);

/** The plan of a release over the request's documents (in inventory order). */
export function planRelease<T extends ReleasableDocument>(documents: readonly T[]): ReleasePlan<T> {
  const released: T[] = [];
  const blocked: BlockedDocument[] = [];
  for (const { document: d } of listedOnce(documents)) {
    if (d.assessment === null) {
      blocked.push({ number: d.number, rule: 'unassessed' });
      continue;
    }
    if (!RELEASED.has(d.assessment)) continue;
    // "Deels openbaar" without a box would release the part that was to be withheld.
    if (d.assessment === 'partly_public' && d.boxCount === 0) {
      blocked.push({ number: d.number, rule: 'partly_public_without_redactions' });
    } else if (!d.hasPdf) {
      blocked.push({ number: d.number, rule: 'no_pdf' });
    } else {
      released.push(d);
    }
  }
  return { released, blocked };
}
