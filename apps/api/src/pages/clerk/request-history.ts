import type { RequestEventType } from '@wobdesk/domain';
import type { EventView } from '@wobdesk/register';
import { letterTitle } from '../requester/requester-views.js';

/**
 * Each event of the log as a line of the history, all in the past tense: the history says what
 * happened, while the step forms (the transition table's labels) say what to do. The record over
 * the domain's event types makes a new event fail to compile until it has its line.
 */
const DOMAIN_EVENT_LABELS: Readonly<Record<RequestEventType, string>> = {
  request_received: 'Verzoek ontvangen en geregistreerd',
  receipt_acknowledged: 'Ontvangstbevestiging verstuurd',
  conversation_held: 'Gesprek over reikwijdte en planning gevoerd',
  clarification_requested: 'Om precisering of aanvulling gevraagd',
  clarification_answered: 'Precisering ontvangen',
  third_party_view_requested: 'Zienswijze derde gevraagd (verzoeker geïnformeerd)',
  third_party_view_received: 'Zienswijze derde ontvangen',
  suspension_agreed: 'Opgeschort met schriftelijke instemming verzoeker',
  suspension_started: 'Opschorting begonnen (vertraging verzoeker of overmacht)',
  suspension_ended: 'Opschorting beëindigd (laatste opgeschorte dag)',
  extension_notified: 'Verdaging meegedeeld',
  notice_of_default_received: 'Ingebrekestelling ontvangen',
  decision_taken: 'Besluit genomen',
  decision_corrected: 'Besluit gecorrigeerd (nog niet verzonden)',
  request_not_handled: 'Besloten het verzoek niet te behandelen',
  decision_sent: 'Besluit bekendgemaakt (verzonden)',
  objection_lodged: 'Bezwaarschrift ontvangen',
  hearing_scheduled: 'Hoorzitting gepland',
  hearing_held: 'Hoorzitting gehouden',
  hearing_waived: 'Afgezien van horen',
  committee_advice_received: 'Advies bezwaarcommissie ontvangen',
  objection_decision_extended: 'Beslissing op bezwaar verdaagd',
  objection_decided: 'Beslissing op bezwaar genomen',
  closed: 'Afgesloten',
  withdrawn: 'Verzoek ingetrokken',
  forwarded: 'Doorgezonden naar bevoegd orgaan',
};

/** The events the register records beside the domain's (work on the case, not legal steps). */
const WORKFLOW_EVENT_LABELS: Readonly<Record<string, string>> = {
  assigned: 'Toegewezen',
  status_token_reissued: 'Nieuwe statuslink uitgegeven',
  status_token_revoked: 'Statuslink ingetrokken',
  conversation_recorded: 'Gespreksverslag vastgelegd',
  decision_items_recorded: 'Uitkomst per onderdeel vastgelegd',
  letter_generated: 'Brief gemaakt (concept)',
  letter_sent: 'Brief verzonden',
  letter_send_overridden: 'Brief verzonden ondanks blokkerende waarschuwing',
  documents_added: 'Documenten toegevoegd',
  documents_assessed: 'Documenten beoordeeld',
  document_edited: 'Documentgegevens gewijzigd',
  inventory_imported: 'Beoordelingen ingelezen uit inventarislijst',
  duplicates_found: 'Dubbele documenten gevonden',
  duplicate_confirmed: 'Dubbel document bevestigd',
  duplicate_rejected: 'Voorstel dubbel document afgewezen',
  document_third_party_added: 'Derde-belanghebbende bij document vastgelegd',
  document_third_party_removed: 'Derde-belanghebbende bij document verwijderd',
  document_third_party_view_recorded: 'Zienswijze over document vastgelegd',
  redactions_marked: 'Te lakken delen van een document gemarkeerd',
  redactions_removed: 'Lakmarkering van een document verwijderd',
  documents_released: 'Documenten vrijgegeven',
  provisional_measure_requested: 'Voorlopige voorziening gevraagd door een derde',
  provisional_measure_ended: 'Voorlopige voorziening afgelopen',
  document_conversion_requeued: 'Omzetting naar PDF opnieuw aangevraagd',
  publication_scheduled: 'Publicatie van het besluit gepland',
  published: 'Besluit gepubliceerd',
  published_documents_added: 'Documenten bij het gepubliceerde besluit gezet',
  publication_withdrawn: 'Publicatie teruggetrokken',
  personal_data_exported: 'Gegevens van de aanvrager opgevraagd (artikel 15 AVG)',
  personal_data_anonymised: 'Persoonsgegevens geanonimiseerd',
};

export const EVENT_LABELS: Readonly<Record<string, string>> = {
  ...WORKFLOW_EVENT_LABELS,
  ...DOMAIN_EVENT_LABELS,
};

/** The history line of an event; a letter's events name the letter, an override its reason. */
export function historyLabel(e: EventView): string {
  const label = EVENT_LABELS[e.type] ?? e.type;
  const kind = typeof e.payload.kind === 'string' ? letterTitle(e.payload.kind) : null;
  if (e.type === 'letter_send_overridden' && kind !== null) {
    return `${label}: ${kind} (reden: ${String(e.payload.reason)})`;
  }
  return (e.type === 'letter_generated' || e.type === 'letter_sent') && kind !== null
    ? `${label}: ${kind}`
    : label;
}

/**
 * The history newest first, by the date it happened, then by when it was recorded: a step
 * recorded later with an earlier date (a letter received last week, logged today) takes its
 * place among the dates instead of the top. ISO dates and instants sort as strings.
 */
export function historyInOrder(events: readonly EventView[]): EventView[] {
  const key = (e: EventView) => [e.occurredOn, e.recordedAt, e.sequence] as const;
  return [...events].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? 1 : -1;
    }
    return 0;
  });
}
