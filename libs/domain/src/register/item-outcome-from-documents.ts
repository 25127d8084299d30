// The decision's outcome for one requested item follows from the assessments of the documents
// that answer it: the clerk assesses documents, the decision says per item what that amounts to.
// It is a proposal; the clerk may decide an item otherwise (LD-OUTCOME-FROM-DOCUMENTS).
import { REFUSAL_GROUNDS } from './refusal-grounds.js';
import type { DocumentAssessment, ItemOutcome } from './vocabulary.js';

/** What the derivation needs of one document: its assessment (null: not yet) and its grounds. */
export interface AssessedDocument {
  readonly assessment: DocumentAssessment | null;
  readonly grounds: readonly string[];
}

export interface ProposedItemOutcome {
  /** Null while a document of the item is unassessed: no outcome can be proposed yet. */
  readonly outcome: ItemOutcome | null;
  /** The grounds of the withheld parts, each once, in the order of the act. */
  readonly grounds: readonly string[];
  /** How many of the item's documents still lack an assessment. */
  readonly unassessed: number;
  /** How many of the item's documents the outcome rests on (out of scope ones not counted). */
  readonly counted: number;
}

/**
 * All public → granted; all not public → refused; all already public → already_public; none
 * (or only documents outside the request) → no_documents; any other mix → partly_granted.
 * Public and already public together withhold nothing: granted, with the public ones pointed to.
 */
export function proposeItemOutcome(documents: readonly AssessedDocument[]): ProposedItemOutcome {
  const unassessed = documents.filter((d) => d.assessment === null).length;
  const counted = documents.filter((d) => d.assessment !== null && d.assessment !== 'out_of_scope');
  const kinds = new Set(counted.map((d) => d.assessment!));
  const withholding = counted.filter(
    (d) => d.assessment === 'not_public' || d.assessment === 'partly_public',
  );
  const base = { unassessed, counted: counted.length };
  if (unassessed > 0) return { ...base, outcome: null, grounds: [] };
  return {
    ...base,
    outcome: outcomeOf(kinds),
    grounds: groundsInOrder(withholding.flatMap((d) => d.grounds)),
  };
}

function outcomeOf(kinds: ReadonlySet<DocumentAssessment>): ItemOutcome {
  if (kinds.size === 0) return 'no_documents';
  if (kinds.size === 1) {
    const only = [...kinds][0]!;
    if (only === 'public') return 'granted';
    if (only === 'not_public') return 'refused';
    if (only === 'already_public') return 'already_public';
    return 'partly_granted';
  }
  const disclosesAll = [...kinds].every((k) => k === 'public' || k === 'already_public');
  return disclosesAll ? 'granted' : 'partly_granted';
}

/** Each code once, in the order of the act (the pick list's order); unknown codes last. */
function groundsInOrder(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const at = REFUSAL_GROUNDS.findIndex((g) => g.code === code);
    return at === -1 ? REFUSAL_GROUNDS.length : at;
  };
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
