// The third parties asked for their view before a decision, for its section Zienswijzen: taken
// from the recorded requests for a view, named as the notice to the requester named them.
import type { RequestAggregate } from '@wobdesk/register';
import type { LetterSources } from './common.js';

export /** Each request for a third party's view up to the decision, named as in its notice. */
function thirdPartyViewsOf(
  a: RequestAggregate,
  until: string,
  src: LetterSources,
): { askedOn: string; thirdParties: string }[] {
  return a.events
    .filter((e) => e.type === 'third_party_view_requested' && e.occurredOn <= until)
    .map((e) => ({ askedOn: e.occurredOn, thirdParties: thirdPartiesOf(e.sequence, src) }));
}

function thirdPartiesOf(sequence: number, src: LetterSources): string {
  return (
    src.earlierInputs.find(
      (l) => l.kind === 'third_party_view_start' && l.eventSequence === sequence,
    )?.input.thirdParties ?? 'een derde-belanghebbende'
  );
}
