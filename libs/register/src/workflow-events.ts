import {
  eventFromJson,
  eventToJson,
  REQUEST_EVENT_TYPES,
  type RequestEvent,
  type RequestEventType,
} from '@wobdesk/domain';
import type { StoredRequestEvent } from '@wobdesk/persistence';

/**
 * Events the workflow records next to the domain's: who was assigned, what happened to the
 * status token, the details of a conversation and of a decision, a generated letter, a letter sent,
 * the planner closing a request whose objection window ended, documents added to it, assessed or
 * edited, their assessments imported, duplicates among them found and the clerk's decision on each
 * proposal, the areas of a document marked to be blacked out or unmarked, the documents released, a provisional measure against their disclosure asked for and ended, and the publication
 * of the decision scheduled, published, extended or withdrawn, and the requester's personal data
 * exported or anonymised. They are part of the history
 * a clerk sees, but not of the legal state: `foldEvents` never sees them.
 */
export const WORKFLOW_EVENT_TYPES = [
  'assigned',
  'status_token_reissued',
  'status_token_revoked',
  'conversation_recorded',
  'decision_items_recorded',
  'letter_generated',
  'letter_sent',
  'letter_send_overridden',
  'closed_automatically',
  'documents_added',
  'documents_assessed',
  'document_edited',
  'inventory_imported',
  'duplicates_found',
  'duplicate_confirmed',
  'duplicate_rejected',
  'document_third_party_added',
  'document_third_party_removed',
  'document_third_party_view_recorded',
  'redactions_marked',
  'redactions_removed',
  'documents_released',
  'provisional_measure_requested',
  'provisional_measure_ended',
  'document_conversion_requeued',
  'publication_scheduled',
  'published',
  'published_documents_added',
  'publication_withdrawn',
  'personal_data_exported',
  'personal_data_anonymised',
] as const;
export type WorkflowEventType = (typeof WORKFLOW_EVENT_TYPES)[number];

const DOMAIN_TYPES: ReadonlySet<string> = new Set(REQUEST_EVENT_TYPES);

export function isDomainEventType(type: string): type is RequestEventType {
  return DOMAIN_TYPES.has(type);
}

/** The domain events of a stored log, in order, ready for `foldEvents` (workflow events skipped). */
export function domainEventsOf(stored: readonly StoredRequestEvent[]): RequestEvent[] {
  return stored
    .filter((e) => isDomainEventType(e.type))
    .map((e) => eventFromJson({ ...e.payload, type: e.type, occurredOn: e.occurredOn }));
}

/** The payload column of a domain event: its fields besides `type` and `occurredOn`, as JSON. */
export function domainEventPayload(event: RequestEvent): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...eventToJson(event) };
  delete payload.type;
  delete payload.occurredOn;
  return payload;
}
