import { LocalDate } from '../calendar/local-date.js';
import type { RequestEvent, RequestEventType } from './request-event.js';

/** An event as stored: every LocalDate as 'YYYY-MM-DD', everything else unchanged. */
export type RequestEventJson = RequestEvent extends infer E
  ? E extends RequestEvent
    ? { [K in keyof E]: E[K] extends LocalDate ? string : Exclude<E[K], LocalDate> }
    : never
  : never;

/**
 * The date-valued fields of each event type besides `occurredOn`. Listed explicitly rather than
 * guessed from the string shape, so that free text that looks like a date stays text.
 */
const DATE_FIELDS: Readonly<Record<RequestEventType, readonly string[]>> = {
  request_received: [],
  receipt_acknowledged: [],
  conversation_held: [],
  clarification_requested: ['termEndsOn'],
  clarification_answered: [],
  third_party_view_requested: ['termEndsOn'],
  third_party_view_received: [],
  suspension_agreed: [],
  suspension_started: [],
  suspension_ended: [],
  extension_notified: [],
  notice_of_default_received: [],
  decision_taken: [],
  decision_corrected: [],
  request_not_handled: [],
  decision_sent: [],
  objection_lodged: ['postedOn'],
  objection_decision_extended: [],
  hearing_scheduled: ['hearingOn'],
  hearing_held: [],
  hearing_waived: [],
  committee_advice_received: [],
  objection_decided: [],
  closed: [],
  withdrawn: [],
  forwarded: [],
};

/** Every event type, in the order of the union (derived from the field table above). */
export const REQUEST_EVENT_TYPES = Object.keys(DATE_FIELDS) as readonly RequestEventType[];

/**
 * An event as a JSON-safe object for the `request_event.payload` column.
 *
 * @example eventToJson({ type: 'decision_sent', occurredOn: LocalDate.parse('2020-05-26') })
 *   // { type: 'decision_sent', occurredOn: '2020-05-26' }
 */
export function eventToJson(event: RequestEvent): RequestEventJson {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (value === undefined) continue;
    out[key] = value instanceof LocalDate ? value.toString() : value;
  }
  return out as RequestEventJson;
}

/**
 * The inverse of {@link eventToJson}. Throws on an unknown type or a malformed date: a stored
 * event that cannot be read is corruption, not a business refusal, so it is thrown.
 *
 * @example eventFromJson({ type: 'decision_sent', occurredOn: '2020-05-26' }).occurredOn.day === 26
 */
export function eventFromJson(json: RequestEventJson | Record<string, unknown>): RequestEvent {
  const type = json.type as RequestEventType;
  const dateFields = DATE_FIELDS[type];
  if (!Object.hasOwn(DATE_FIELDS, type) || dateFields === undefined) {
    throw new TypeError(`Unknown request event type: ${String(json.type)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (value === undefined) continue;
    const isDate = key === 'occurredOn' || dateFields.includes(key);
    out[key] = isDate ? LocalDate.parse(String(value)) : value;
  }
  if (!(out.occurredOn instanceof LocalDate)) {
    throw new TypeError(`Request event ${type} has no occurredOn`);
  }
  return out as unknown as RequestEvent;
}
