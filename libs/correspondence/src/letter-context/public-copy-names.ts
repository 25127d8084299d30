// The names the register knows that a public copy of a letter must not print: the officials who
// spoke with the requester or handle the request, and the third parties of its documents and of
// the letters sent to them. The requester's own data comes with the letter's context.
import type { PublicCopyNames } from '@wobdesk/letters';
import type { DocumentThirdPartyRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import type { LetterSources } from './common.js';
import { REQUESTER_WORDS } from './decision-procedure.js';

/** The letters to a third party, whose input names them. */
const THIRD_PARTY_LETTERS: ReadonlySet<string> = new Set([
  'third_party_view_request',
  'third_party_disclosure',
]);

export function publicCopyNames(
  a: RequestAggregate,
  thirdParties: readonly DocumentThirdPartyRecord[],
  earlierInputs: LetterSources['earlierInputs'],
): PublicCopyNames {
  const requester = a.row.requesterName.trim().toLowerCase();
  const participants = a.conversations.flatMap((c) => JSON.parse(c.participants) as string[]);
  // The requester among the participants is "u" (or "verzoeker"), never an official.
  const officials = [...participants, a.assigneeName ?? ''].filter((name) => {
    const n = name.trim().toLowerCase();
    return n !== '' && n !== requester && !REQUESTER_WORDS.has(n);
  });
  const recipients = earlierInputs
    .filter((l) => THIRD_PARTY_LETTERS.has(l.kind))
    .map((l) => (l.input as { recipientName?: string }).recipientName ?? '');
  return {
    officials: unique(officials),
    thirdParties: unique([...thirdParties.map((t) => t.name), ...recipients]),
  };
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}
