import { LocalDate, nlDate } from '@wobdesk/domain';
import type { StoredRequestEvent } from '@wobdesk/persistence';

export interface TimelineEntry {
  readonly on: string;
  readonly textNl: string;
}

type Payload = Record<string, unknown>;

const CONVERSATION_CHANNEL_NL: Record<string, string> = {
  phone: 'telefonisch',
  in_person: 'op kantoor',
  video: 'via een videoverbinding',
  email: 'per e-mail',
};

/**
 * What the requester may read about each event, in plain Dutch. Deliberately a whitelist: an
 * event type without a text here (assignment, status tokens, decision details, and the bare
 * `conversation_held`, which `conversation_recorded` describes) does not appear at all. No
 * names, no internal notes, and nothing about the third party whose view was asked.
 */
const TEXTS: Readonly<Record<string, (p: Payload) => string | undefined>> = {
  request_received: () => 'Wij hebben uw verzoek ontvangen.',
  receipt_acknowledged: () => 'Wij hebben u bevestigd dat wij uw verzoek hebben ontvangen.',
  conversation_recorded: (p) => {
    const how = CONVERSATION_CHANNEL_NL[String(p.channel)];
    return `Wij hebben met u over uw verzoek gesproken${how ? ` (${how})` : ''}.`;
  },
  clarification_requested: (p) =>
    'Wij hebben u gevraagd uw verzoek duidelijker te maken.' +
    (typeof p.termEndsOn === 'string' ? ` U kon reageren tot en met ${dateNl(p.termEndsOn)}.` : ''),
  clarification_answered: () => 'Wij hebben uw aanvulling op het verzoek ontvangen.',
  third_party_view_requested: () =>
    'Wij hebben een ander die bij de informatie betrokken is gevraagd om zijn mening. ' +
    'Zolang wij daarop wachten, staat de termijn voor het besluit stil.',
  third_party_view_received: () => 'Wij hebben die mening ontvangen.',
  suspension_agreed: (p) =>
    `U heeft ermee ingestemd dat wij ${Number(p.days)} dagen meer tijd nemen voor het besluit.`,
  suspension_started: (p) =>
    p.kind === 'force_majeure'
      ? 'Door overmacht staat de termijn voor het besluit tijdelijk stil.'
      : 'Wij wachten op informatie van u. Zolang staat de termijn voor het besluit stil.',
  suspension_ended: () => 'De termijn voor het besluit loopt weer.',
  extension_notified: (p) =>
    `Wij hebben u laten weten dat wij ${Number(p.days)} dagen meer tijd nodig hebben voor het besluit.`,
  notice_of_default_received: () =>
    'Wij hebben uw ingebrekestelling (u vindt dat wij te laat zijn) ontvangen.',
  decision_taken: () => 'Wij hebben een besluit genomen.',
  request_not_handled: () =>
    'Wij hebben besloten uw verzoek niet te behandelen, omdat niet duidelijk genoeg werd welke informatie u zoekt. U krijgt dit besluit in een brief.',
  decision_sent: () => 'Wij hebben u het besluit gestuurd.',
  objection_lodged: () => 'Er is bezwaar gemaakt tegen het besluit.',
  objection_decision_extended: (p) =>
    `De beslissing op het bezwaar duurt ${Number(p.days)} dagen langer.`,
  hearing_scheduled: (p) =>
    `Er is een hoorzitting over het bezwaar gepland op ${nlDate(LocalDate.parse(String(p.hearingOn)))}.`,
  hearing_held: () => 'De hoorzitting over het bezwaar is gehouden.',
  hearing_waived: () => 'Er komt geen hoorzitting over het bezwaar.',
  committee_advice_received: () => 'De bezwaarcommissie heeft advies gegeven.',
  objection_decided: (p) =>
    `Er is beslist op het bezwaar: ${OUTCOME_TEXT[String(p.outcome)] ?? 'zie de brief'}. Wie het er niet mee eens is, kan binnen zes weken beroep instellen bij de rechtbank.`,
  closed: (p) =>
    p.reason === 'final'
      ? 'De termijn voor bezwaar is voorbij. De behandeling is afgesloten.'
      : 'De behandeling is afgesloten.',
  withdrawn: () => 'U heeft uw verzoek ingetrokken.',
  forwarded: (p) =>
    typeof p.to === 'string'
      ? `Wij hebben uw verzoek doorgestuurd naar ${p.to}, omdat die organisatie erover gaat.`
      : 'Wij hebben uw verzoek doorgestuurd naar de organisatie die erover gaat.',
};

/**
 * Events of the transition table the requester does not read about on their own, each with the
 * reason. Every event a step records is either on the timeline or here (the step catalogue's
 * test checks it), so a new step cannot leave the requester's page silently behind.
 */
const OUTCOME_TEXT: Readonly<Record<string, string>> = {
  well_founded: 'het bezwaar is gegrond',
  unfounded: 'het bezwaar is ongegrond',
  inadmissible: 'het bezwaar is niet-ontvankelijk',
};

export const NOT_ON_PUBLIC_TIMELINE: Readonly<Record<string, string>> = {
  conversation_held:
    'conversation_recorded, stored with it by the same step, tells of the conversation and its channel',
  decision_corrected:
    'a correction before sending changes nothing the requester has received; the decision taken is already on the timeline',
};

/** Whether the requester's timeline has a text for events of this type. */
export function isOnPublicTimeline(eventType: string): boolean {
  return Object.prototype.hasOwnProperty.call(TEXTS, eventType);
}

/** The public timeline of a request, oldest first. */
export function publicTimeline(events: readonly StoredRequestEvent[]): TimelineEntry[] {
  const entries: (TimelineEntry & { order: number })[] = [];
  for (const e of events) {
    const text = TEXTS[e.type]?.(e.payload);
    if (text !== undefined) entries.push({ on: e.occurredOn, textNl: text, order: e.sequence * 2 });
    if (e.type === 'conversation_recorded' && typeof e.payload.summarySentOn === 'string') {
      entries.push({
        on: e.payload.summarySentOn,
        textNl: 'Wij hebben u een samenvatting van het gesprek gestuurd.',
        order: e.sequence * 2 + 1,
      });
    }
  }
  return entries
    .sort((a, b) => (a.on === b.on ? a.order - b.order : a.on < b.on ? -1 : 1))
    .map(({ on, textNl }) => ({ on, textNl }));
}

function dateNl(iso: string): string {
  return LocalDate.isValid(iso) ? nlDate(LocalDate.parse(iso)) : iso;
}
