// The names the register knows that a public copy of a letter must not print: the officials who
// spoke with the requester or handle the request, and the third parties of its documents and of
// the letters sent to them. The requester's own data comes with the letter's context.
import type { PublicCopyNames } from '@wobdesk/letters';
import type { DocumentThirdPartyRecord } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import type { LetterSources } from './common.js';

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
  const officials = [...participants, a.assigneeName ?? ''].filter(
    (name) => name.trim() !== '' && name.trim().toLowerCase() !== requester,
  );
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
