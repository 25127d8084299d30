import { WorkflowError } from './workflow-error.js';

type Kind = WorkflowError['kind'];

/**
 * The register's own refusals (the domain's come through `WorkflowError.fromDomain`). Stable
 * codes; the texts are for the clerk, Dutch first. `details` name the field or item concerned.
 */
const CATALOGUE = {
  'REQUEST.NOT_FOUND': {
    kind: 'not_found',
    nl: 'Dit verzoek bestaat niet (of niet bij uw organisatie).',
    en: 'This request does not exist (or not in your organisation).',
  },
  'REQUEST.STALE_VERSION': {
    kind: 'stale_version',
    nl: 'Het verzoek is intussen door iemand anders gewijzigd. Laad het opnieuw en probeer het nog eens.',
    en: 'The request was changed by someone else in the meantime. Reload it and try again.',
  },
  'REQUEST.INVALID_INPUT': {
    kind: 'invalid',
    nl: 'De invoer is niet geldig.',
    en: 'The input is not valid.',
  },
  'REQUEST.USE_RECORD_CONVERSATION': {
    kind: 'invalid',
    nl: 'Leg een gesprek vast met de gegevens van het gesprek (deelnemers, samenvatting).',
    en: 'Record a conversation with its details (participants, summary).',
  },
  'REQUEST.USE_RECORD_DECISION': {
    kind: 'invalid',
    nl: 'Leg een besluit vast met een uitkomst per verzocht onderdeel.',
    en: 'Record a decision with an outcome for every requested item.',
  },
  'REQUEST.UNKNOWN_ASSIGNEE': {
    kind: 'invalid',
    nl: 'Deze behandelaar bestaat niet binnen uw organisatie.',
    en: 'This assignee does not exist in your organisation.',
  },
  'REQUEST.ASSIGN_FORBIDDEN': {
    kind: 'forbidden',
    nl: 'Alleen een coördinator kan een verzoek aan een ander toewijzen.',
    en: 'Only a coordinator can assign a request to someone else.',
  },
  'REQUEST.REVOKE_STATUS_LINK_FORBIDDEN': {
    kind: 'forbidden',
    nl: 'Alleen een coördinator kan de statuslink van de verzoeker intrekken.',
    en: "Only a coordinator can revoke the requester's status link.",
  },
  'PRIVACY.COORDINATOR_ONLY': {
    kind: 'forbidden',
    nl: 'Alleen een coördinator kan de gegevens van een aanvrager opvragen of wissen.',
    en: "Only a coordinator can export or erase a requester's data.",
  },
  'DECISION.ITEM_WITHOUT_OUTCOME': {
    kind: 'invalid',
    nl: 'Elk verzocht onderdeel moet een uitkomst krijgen.',
    en: 'Every requested item needs an outcome.',
  },
  'DECISION.DUPLICATE_OUTCOME': {
    kind: 'invalid',
    nl: 'Een onderdeel heeft meer dan één uitkomst gekregen.',
    en: 'An item was given more than one outcome.',
  },
  'DECISION.UNKNOWN_ITEM': {
    kind: 'invalid',
    nl: 'Er is een uitkomst gegeven voor een onderdeel dat niet is verzocht.',
    en: 'An outcome was given for an item that was not requested.',
  },
  'DECISION.GROUNDS_REQUIRED': {
    kind: 'invalid',
    nl: 'Bij een (gedeeltelijke) weigering hoort ten minste één weigeringsgrond.',
    en: 'A (partial) refusal needs at least one ground.',
  },
  'DECISION.UNKNOWN_GROUND': {
    kind: 'invalid',
    nl: 'Deze weigeringsgrond staat niet in de wet die op de datum van het besluit geldt. Kies een grond uit de lijst.',
    en: 'This ground is not one of the law in force on the decision date. Pick a ground from the list.',
  },
  'DECISION.WEIGHING_REQUIRED': {
    kind: 'invalid',
    nl: 'Bij een weigeringsgrond die een belangenafweging vraagt, hoort die afweging.',
    en: 'A ground that requires weighing the interests needs that weighing.',
  },
  'LIST.INVALID_QUERY': {
    kind: 'invalid',
    nl: 'De zoekopdracht is niet geldig.',
    en: 'The list query is not valid.',
  },
  'REQUEST.TOO_MANY_FROM_ADDRESS': {
    kind: 'invalid',
    nl: 'Met dit e-mailadres zijn vandaag al meerdere verzoeken ingediend. Probeer het morgen opnieuw, of neem contact met ons op.',
    en: 'Several requests were already submitted with this e-mail address today. Try again tomorrow, or contact us.',
  },
  'AUTH.INVALID_CREDENTIALS': {
    kind: 'unauthenticated',
    nl: 'E-mailadres of wachtwoord onjuist.',
    en: 'Wrong e-mail address or password.',
  },
  'AUTH.SECOND_FACTOR_REQUIRED': {
    kind: 'unauthenticated',
    nl: 'Vul ook de code uit uw authenticator-app in (of een herstelcode).',
    en: 'Also give the code from your authenticator app (or a recovery code).',
  },
  'AUTH.INVALID_SECOND_FACTOR': {
    kind: 'unauthenticated',
    nl: 'Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.',
    en: 'This code is wrong or was used already. Wait for the next code and try again.',
  },
  'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED': {
    kind: 'forbidden',
    nl: 'Stel eerst tweestapsverificatie in: log in op de website en volg de stappen.',
    en: 'Set up the second factor first: log in on the web pages and follow the steps.',
  },
  'AUTH.SECOND_FACTOR_ALREADY_ENROLLED': {
    kind: 'invalid',
    nl: 'U heeft tweestapsverificatie al ingesteld. Een coördinator kan die opnieuw laten instellen.',
    en: 'You have set up a second factor already. A coordinator can reset it.',
  },
  'AUTH.SECOND_FACTOR_NOT_ENROLLED': {
    kind: 'invalid',
    nl: 'U heeft nog geen tweestapsverificatie ingesteld.',
    en: 'You have not set up a second factor yet.',
  },
  'AUTH.LOCAL_LOGIN_DISABLED': {
    kind: 'unauthenticated',
    nl: 'Inloggen met e-mailadres en wachtwoord staat uit. Log in via uw organisatie.',
    en: 'Logging in with e-mail address and password is switched off. Log in through your organisation.',
  },
} as const satisfies Record<string, { kind: Kind; nl: string; en: string }>;

export type WorkflowErrorCode = keyof typeof CATALOGUE;
export const WORKFLOW_ERROR_CODES = Object.keys(CATALOGUE) as readonly WorkflowErrorCode[];

/**
 * @example throw workflowError('DECISION.ITEM_WITHOUT_OUTCOME', { item: 3 })
 */
export function workflowError(
  code: WorkflowErrorCode,
  details?: Record<string, unknown>,
): WorkflowError {
  const { kind, nl, en } = CATALOGUE[code];
  return new WorkflowError(kind, code, nl, en, details);
}

/** Bad input: names the field and the rule it breaks (e.g. `requester.name`, `required`). */
export function invalidInput(field: string, rule: string): WorkflowError {
  return workflowError('REQUEST.INVALID_INPUT', { field, rule });
}
