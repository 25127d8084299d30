// The duplicates section of the documents page: each proposal in plain words, open ones first.
import type { DuplicateProposalView } from '@wobdesk/documents';

/** The notices after a decision, by the `dubbel` query value of the redirect. */
export const DUPLICATE_NOTICES: Readonly<Record<string, string>> = {
  bevestigd: 'Vastgelegd: het document wordt niet apart op de inventarislijst gezet.',
  afgewezen: 'Vastgelegd: beide documenten blijven apart op de inventarislijst.',
};

const KIND_LABELS: Readonly<Record<DuplicateProposalView['kind'], string>> = {
  exact: 'Hetzelfde bestand',
  near: 'Bijna dezelfde tekst',
  thread: 'Staat in een latere e-mail',
};

const STATUS_LABELS: Readonly<Record<DuplicateProposalView['status'], string>> = {
  proposed: 'Voorstel',
  confirmed: 'Bevestigd',
  rejected: 'Afgewezen',
};

const named = (d: { number: number; fileName: string }) => `document ${d.number} (${d.fileName})`;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the section says of one proposal, in plain words. */
function explanation(p: DuplicateProposalView): string {
  switch (p.kind) {
    case 'exact':
      return `${capital(named(p.document))} is precies hetzelfde bestand als ${named(p.twin)}.`;
    case 'near':
      return `${capital(named(p.document))} heeft bijna dezelfde tekst als ${named(p.twin)} (${Math.round(p.score * 100)}% gelijk).`;
    case 'thread':
      return `De e-mail ${named(p.document)} staat helemaal in het antwoord ${named(p.twin)}.`;
  }
}

/** The section's view: open proposals first (with buttons), then what was decided. */
export function duplicateSectionView(proposals: readonly DuplicateProposalView[]) {
  const row = (p: DuplicateProposalView) => ({
    id: p.id,
    kind: KIND_LABELS[p.kind],
    status: STATUS_LABELS[p.status],
    explanation: explanation(p),
    number: p.document.number,
  });
  return {
    open: proposals.filter((p) => p.status === 'proposed').map(row),
    decided: proposals.filter((p) => p.status !== 'proposed').map(row),
  };
}
