// The register's shared vocabulary: the values the services accept, the API documents, the pages
// offer and the schema's CHECKs allow. Defined once here so that no copy can drift.
// (Migrations keep the literal lists they were written with: a migration is frozen history.)

/** What a user of an organisation may do: handle requests, or also assign and revoke. */
export const ROLES = ['clerk', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The grammatical person an organisation's letters speak in: a minister writes "ik", a college
 * of mayor and aldermen "wij". One organisation, one voice.
 */
export const VOICES = ['ik', 'wij'] as const;
export type Voice = (typeof VOICES)[number];

/**
 * Who made a request: a person, or an organisation (a company, a newspaper, a foundation). The
 * letters greet a person "Geachte heer, mevrouw," and an organisation "Geacht bestuur,".
 */
export const REQUESTER_KINDS = ['person', 'organisation'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

/** How a request reached the organisation. */
export const CHANNELS = ['post', 'email', 'web_form', 'phone', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a conversation with the requester was held. */
export const CONVERSATION_CHANNELS = ['phone', 'in_person', 'video', 'email'] as const;
export type ConversationChannel = (typeof CONVERSATION_CHANNELS)[number];

/**
 * What the decision says about one requested item: disclosed, partly, refused, no documents
 * found, already public (and where), dropped by the requester after consultation, or answered
 * with information outside the act (a question rather than a request for documents).
 */
export const ITEM_OUTCOMES = [
  'granted',
  'partly_granted',
  'refused',
  'no_documents',
  'already_public',
  'dropped',
  'answered_outside',
] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/**
 * What the assessment of one document says: disclosed, partly (redacted), not disclosed, already
 * public (and where), or not within the request at all. The productierapport's Beoordeling has
 * the first four; a document outside the request is listed but not assessed under the act.
 */
export const DOCUMENT_ASSESSMENTS = [
  'public',
  'partly_public',
  'not_public',
  'already_public',
  'out_of_scope',
] as const;
export type DocumentAssessment = (typeof DOCUMENT_ASSESSMENTS)[number];
