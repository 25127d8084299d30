import type { Regime, RequestPhase } from '@wobdesk/domain';
import { isLetterKind, LAW_NAMES, LETTER_DEFINITIONS } from '@wobdesk/letters';

/**
 * What a requester notice is about, as its subject names it: the letter it carries, or else the
 * step that just happened. A requester with several requests must see from the subject alone
 * which letter came in, so the subject never names only the request's current phase.
 * `{verzoek}` becomes "Woo-verzoek" or "Wob-verzoek".
 */
const LETTER_TOPICS: Readonly<Record<string, string>> = {
  acknowledgement: 'Ontvangstbevestiging van uw {verzoek}',
  'clarification-request': 'Vraag om uw {verzoek} duidelijker te maken',
  'conversation-summary': 'Samenvatting van ons gesprek over uw {verzoek}',
  decision: 'Besluit op uw {verzoek}',
  extension: 'Meer tijd voor het besluit op uw {verzoek}',
  'forwarding-notice': 'Doorzending van uw {verzoek}',
  'objection-acknowledgement': 'Ontvangstbevestiging van uw bezwaar',
  'objection-decision': 'Beslissing op uw bezwaar',
  'objection-extension': 'Meer tijd voor de beslissing op uw bezwaar',
  'suspension-agreed': 'Bevestiging van uitstel van het besluit op uw {verzoek}',
  'suspension-end': 'Einde van het uitstel van het besluit op uw {verzoek}',
  'third-party-view-start':
    'Uitstel van het besluit op uw {verzoek}: wij vragen anderen om hun mening',
  'third-party-view-end': 'Einde van het uitstel van het besluit op uw {verzoek}',
};

/** The step a phase is entered by, for a notice that carries no letter. */
const STEP_TOPICS: Readonly<Record<RequestPhase, string>> = {
  received: 'Ontvangstbevestiging van uw {verzoek}',
  acknowledged: 'Ontvangstbevestiging van uw {verzoek}',
  conversation_held: 'Gesprek over uw {verzoek}',
  decided: 'Besluit op uw {verzoek}',
  objection_window: 'Besluit op uw {verzoek}',
  objection_lodged: 'Bezwaar tegen het besluit op uw {verzoek}',
  closed: 'Afhandeling van uw {verzoek}',
  withdrawn: 'Intrekking van uw {verzoek}',
  forwarded: 'Doorzending van uw {verzoek}',
};

export interface NoticeTopicInput {
  readonly regime: Regime;
  readonly phase: RequestPhase;
  /** The kinds of the letters the notice carries, in the order they were sent. */
  readonly letterKinds: readonly string[];
}

/** "Besluit op uw Woo-verzoek": the first carried letter's topic, else the step's. */
export function noticeTopicNl(input: NoticeTopicInput): string {
  const letterTopic = input.letterKinds.map((k) => LETTER_TOPICS[k]).find((t) => t !== undefined);
  const topic = letterTopic ?? STEP_TOPICS[input.phase];
  return topic.replace('{verzoek}', LAW_NAMES[input.regime].requestNoun);
}

/** The letters' own titles ("Verdaging van de beslistermijn"), as the body lists the attachments. */
export function letterTitlesNl(letterKinds: readonly string[]): string[] {
  return letterKinds.map((k) => (isLetterKind(k) ? LETTER_DEFINITIONS[k].titleNl : 'Brief'));
}
