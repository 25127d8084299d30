import { WorkflowError } from '@wobdesk/register';

const MESSAGES = {
  'PUBLICATION.NO_PUBLISHER': [
    'Stel eerst in welke organisatie uit de lijst van de overheid (TOOI) de besluiten publiceert.',
    "Set the organisation's TOOI identifier before publishing.",
  ],
  'PUBLICATION.NOT_SENT': [
    'Het besluit is nog niet verzonden. Een besluit wordt pas gepubliceerd als de verzoeker het heeft.',
    'The decision has not been sent; it is published only after the requester has it.',
  ],
  'PUBLICATION.NO_DECISION_LETTER': [
    'Er is geen verzonden besluitbrief om te publiceren.',
    'There is no sent decision letter to publish.',
  ],
  'PUBLICATION.BEFORE_SENDING': [
    'De publicatiedatum ligt vóór de verzending van het besluit (artikel 3.3 lid 2 onder i Woo).',
    'The publication date is before the decision was sent.',
  ],
  'PUBLICATION.BEFORE_DISCLOSURE': [
    'De publicatiedatum ligt vóór de datum van openbaarmaking: een derde-belanghebbende krijgt twee weken na de bekendmaking om bezwaar te maken (artikel 4.4 lid 5 Woo).',
    'The publication date is before the disclosure date (Woo art. 4.4 lid 5).',
  ],
  'PUBLICATION.ALREADY_PUBLISHED': [
    'Dit besluit is al gepubliceerd; de datum kan niet meer veranderen.',
    'The decision is published already; its date cannot change.',
  ],
  'PUBLICATION.WITHDRAWN': [
    'Deze publicatie is teruggetrokken.',
    'This publication was withdrawn.',
  ],
  'PUBLICATION.NOT_SCHEDULED': [
    'Voor dit verzoek is geen publicatie gepland.',
    'No publication is scheduled for this request.',
  ],
} as const;

export type PublicationErrorCode = keyof typeof MESSAGES;

/** The codes that conflict with the publication as it stands (409); the others are 422. */
export const PUBLICATION_CONFLICTS: readonly PublicationErrorCode[] = [
  'PUBLICATION.NO_PUBLISHER',
  'PUBLICATION.NOT_SENT',
  'PUBLICATION.NO_DECISION_LETTER',
  'PUBLICATION.ALREADY_PUBLISHED',
  'PUBLICATION.WITHDRAWN',
  'PUBLICATION.NOT_SCHEDULED',
];

export function publicationError(
  code: PublicationErrorCode,
  details?: Record<string, unknown>,
): WorkflowError {
  const [nl, en] = MESSAGES[code];
  return new WorkflowError('domain', code, nl, en, details);
}
