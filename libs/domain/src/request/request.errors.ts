/**
 * Business refusals of the request state machine. They are returned as values, never thrown, so a
 * refusal is a result the caller must handle, not an exception; `apps/api` maps the stable `code`
 * to an HTTP status in one filter. Texts are for the clerk: Dutch first, English for the logs and
 * reviewers.
 */
const CATALOGUE = {
  'REQUEST.NOT_RECEIVED': {
    nl: 'Er is nog geen verzoek geregistreerd.',
    en: 'No request has been registered yet.',
  },
  'REQUEST.ALREADY_RECEIVED': {
    nl: 'Dit verzoek is al geregistreerd.',
    en: 'This request has already been registered.',
  },
  'REQUEST.COMMAND_NOT_ALLOWED': {
    nl: 'Deze stap is in de huidige fase van het verzoek niet mogelijk.',
    en: 'This step is not possible in the current phase of the request.',
  },
  'REQUEST.DATE_IN_FUTURE': {
    nl: 'De datum ligt in de toekomst.',
    en: 'The date lies in the future.',
  },
  'REQUEST.DATE_BEFORE_RECEIPT': {
    nl: 'De datum ligt vóór de ontvangst van het verzoek.',
    en: 'The date lies before the receipt of the request.',
  },
  'REQUEST.DATE_BEFORE_PREVIOUS_EVENT': {
    nl: 'De datum ligt vóór een eerder vastgelegde stap.',
    en: 'The date lies before a step recorded earlier.',
  },
  'REQUEST.INVALID_DAYS': {
    nl: 'Het aantal dagen moet een geheel getal groter dan nul zijn.',
    en: 'The number of days must be a whole number greater than zero.',
  },
  'REQUEST.TERM_END_BEFORE_REQUEST': {
    nl: 'De gestelde termijn eindigt niet na de dag van het verzoek.',
    en: 'The term set does not end after the day of the request.',
  },
  'REQUEST.EXTENSION_ALREADY_USED': {
    nl: 'De beslistermijn kan maar één keer worden verdaagd.',
    en: 'The decision term can be extended only once.',
  },
  'REQUEST.EXTENSION_TOO_LONG': {
    nl: 'De verdaging is langer dan de wet toestaat.',
    en: 'The extension is longer than the law allows.',
  },
  'REQUEST.EXTENSION_TOO_LATE': {
    nl: 'De verdaging moet worden meegedeeld vóór het einde van de eerste termijn.',
    en: 'The extension must be notified before the first term ends.',
  },
  'REQUEST.EXTENSION_REASON_REQUIRED': {
    nl: 'Verdaging mag hier alleen wegens de omvang of de ingewikkeldheid van de informatie.',
    en: 'Here an extension is allowed only for the size or complexity of the information.',
  },
  'REQUEST.CLARIFICATION_ALREADY_OPEN': {
    nl: 'Er loopt al een verzoek om precisering.',
    en: 'A request for clarification is already open.',
  },
  'REQUEST.NO_OPEN_CLARIFICATION': {
    nl: 'Er is geen openstaand verzoek om precisering.',
    en: 'There is no open request for clarification.',
  },
  'REQUEST.THIRD_PARTY_VIEW_ALREADY_OPEN': {
    nl: 'Er loopt al een verzoek om een zienswijze.',
    en: 'A request for a third-party view is already open.',
  },
  'REQUEST.NO_OPEN_THIRD_PARTY_VIEW': {
    nl: 'Er is geen zienswijze gevraagd die nog openstaat.',
    en: 'There is no open request for a third-party view.',
  },
  'REQUEST.SUSPENSION_ALREADY_OPEN': {
    nl: 'Deze opschorting loopt al.',
    en: 'This suspension is already running.',
  },
  'REQUEST.NO_OPEN_SUSPENSION': {
    nl: 'Er loopt geen opschorting van deze soort.',
    en: 'No suspension of this kind is running.',
  },
  'REQUEST.SUSPENSION_STILL_RUNNING': {
    nl: 'Beëindig eerst de lopende opschorting.',
    en: 'End the running suspension first.',
  },
  'REQUEST.INVALID_POSTAL_DATE': {
    nl: 'De postdatum past niet bij dit bezwaarschrift.',
    en: 'The posting date does not fit this objection.',
  },
  'REQUEST.OBJECTION_EXTENSION_ALREADY_USED': {
    nl: 'De beslissing op bezwaar is al verdaagd.',
    en: 'The decision on the objection has already been extended.',
  },
  'REQUEST.OBJECTION_EXTENSION_TOO_LONG': {
    nl: 'De beslissing op bezwaar kan ten hoogste zes weken worden verdaagd.',
    en: 'The decision on the objection can be extended by six weeks at most.',
  },
  'REQUEST.OBJECTION_EXTENSION_TOO_LATE': {
    nl: 'De verdaging moet worden meegedeeld vóór het einde van de beslistermijn op bezwaar.',
    en: 'The extension must be notified before the objection decision term ends.',
  },
  'REQUEST.OBJECTION_WINDOW_OPEN': {
    nl: 'De bezwaartermijn (met de postweek) is nog niet voorbij.',
    en: 'The objection period (with the postal week) has not passed yet.',
  },
  'REQUEST.HEARING_ALREADY_SETTLED': {
    nl: 'De hoorzitting is al gehouden of er is van horen afgezien.',
    en: 'The hearing was already held or waived.',
  },
  'REQUEST.NO_HEARING_SCHEDULED': {
    nl: 'Er is nog geen hoorzitting gepland.',
    en: 'No hearing has been scheduled.',
  },
  'REQUEST.HEARING_BEFORE_SCHEDULING': {
    nl: 'De hoorzitting kan niet eerder zijn dan de dag waarop zij is gepland.',
    en: 'The hearing cannot lie before the day it was scheduled.',
  },
  'REQUEST.HEARING_NOT_YET_HELD': {
    nl: 'De hoorzitting is gepland op een latere datum.',
    en: 'The hearing is scheduled for a later date.',
  },
  'REQUEST.HEARING_PLACE_REQUIRED': {
    nl: 'Vermeld waar de hoorzitting is.',
    en: 'State where the hearing takes place.',
  },
  'REQUEST.HEARING_REPORT_REQUIRED': {
    nl: 'Leg het verslag van de hoorzitting vast (Awb 7:7).',
    en: 'Record the report of the hearing (Awb 7:7).',
  },
  'REQUEST.HEARING_OUTSTANDING': {
    nl: 'Eerst de hoorzitting houden of vastleggen waarom van horen wordt afgezien (Awb 7:2, 7:3).',
    en: 'First hold the hearing or record why it is waived (Awb 7:2, 7:3).',
  },
  'REQUEST.NO_ADVISORY_COMMITTEE': {
    nl: 'Bij dit bezwaar is geen adviescommissie ingesteld.',
    en: 'No advisory committee was announced for this objection.',
  },
  'REQUEST.ADVICE_ALREADY_RECEIVED': {
    nl: 'Het advies van de bezwaarcommissie is al vastgelegd.',
    en: "The advisory committee's advice was already recorded.",
  },
  'REQUEST.ADVICE_OUTSTANDING': {
    nl: 'Eerst het advies van de bezwaarcommissie vastleggen (Awb 7:13).',
    en: "First record the advisory committee's advice (Awb 7:13).",
  },
  'REQUEST.FORWARD_TARGET_REQUIRED': {
    nl: 'Vermeld naar welk bestuursorgaan het verzoek is doorgezonden.',
    en: 'State the body the request was forwarded to.',
  },
  'REQUEST.NO_CLARIFICATION_TERM': {
    nl: 'Niet behandelen kan pas als om precisering is gevraagd met een termijn.',
    en: 'Not handling the request requires a request for clarification with a term.',
  },
  'REQUEST.CLARIFICATION_TERM_RUNNING': {
    nl: 'De termijn voor precisering loopt nog en er is geen antwoord vastgelegd.',
    en: 'The term for clarification is still running and no answer was recorded.',
  },
  'REQUEST.NOT_HANDLED_REASON_REQUIRED': {
    nl: 'Er is een precisering ontvangen: vermeld waarom die onvoldoende is.',
    en: 'A clarification was received: state why it is insufficient.',
  },
  'REQUEST.DECIDED_NOT_TO_HANDLE': {
    nl: 'Er is besloten het verzoek niet te behandelen; dat besluit kan niet worden vervangen door een besluit op het verzoek.',
    en: 'It was decided not to handle the request; that cannot be replaced by a decision on the request.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type RequestErrorCode = keyof typeof CATALOGUE;
export const REQUEST_ERROR_CODES = Object.keys(CATALOGUE) as readonly RequestErrorCode[];

/** JSON-friendly context for the clerk and the logs (dates as 'YYYY-MM-DD'). */
export type ErrorDetails = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface DomainError {
  readonly code: RequestErrorCode;
  readonly nl: string;
  readonly en: string;
  readonly details?: ErrorDetails;
}

/**
 * A refusal with its stable code and texts.
 *
 * @example requestError('REQUEST.EXTENSION_ALREADY_USED').code === 'REQUEST.EXTENSION_ALREADY_USED'
 */
export function requestError(code: RequestErrorCode, details?: ErrorDetails): DomainError {
  const { nl, en } = CATALOGUE[code];
  return details === undefined ? { code, nl, en } : { code, nl, en, details };
}
