import { LocalDate } from '../calendar/local-date.js';
import { nlDate } from '../deadline/derivation.js';
import { TERMINAL_PHASES, type RequestPhase } from '../request/request-phase.js';

/**
 * Months a requester's personal data is kept after the file is finished when the organisation
 * set no period of its own (LD-RETENTION-DEFAULT): the five years after which the Selectielijst
 * gemeenten en intergemeentelijke organen destroys the file of a request for information.
 */
export const DEFAULT_RETENTION_MONTHS = 60;

/** What replaces the requester's name (the column is required) once the data is anonymised. */
export const ANONYMISED_NAME = 'Geanonimiseerd';

/** What replaces a third party's name. */
export const ANONYMISED_THIRD_PARTY = 'Derde (geanonimiseerd)';

/** The facts of one request that decide when its requester's data may or must go. */
export interface PrivacyFacts {
  readonly phase: RequestPhase;
  /** The latest legal date in the file: its last step. */
  readonly lastStepOn: LocalDate;
  readonly objectionWindowEndsOn: LocalDate | null;
  readonly appealWindowEndsOn: LocalDate | null;
  readonly anonymisedOn: LocalDate | null;
}

/**
 * The day the retention period starts (LD-RETENTION-START): the file is finished when its last
 * step is taken and no objection or appeal can still be lodged, whichever is later.
 */
export function retentionStartsOn(facts: PrivacyFacts): LocalDate {
  let start = facts.lastStepOn;
  for (const end of [facts.objectionWindowEndsOn, facts.appealWindowEndsOn]) {
    if (end !== null) start = LocalDate.max(start, end);
  }
  return start;
}

/** The first day the data is past its period: `months` calendar months after the start. */
export function retentionEndsOn(startsOn: LocalDate, months: number): LocalDate {
  return plusMonths(startsOn, months);
}

/** Whether the scheduled job anonymises this request's requester today. */
export function isPastRetention(facts: PrivacyFacts, months: number, today: LocalDate): boolean {
  if (facts.anonymisedOn !== null || !TERMINAL_PHASES.includes(facts.phase)) return false;
  return !today.isBefore(retentionEndsOn(retentionStartsOn(facts), months));
}

export const ERASURE_REFUSALS = [
  'already_anonymised',
  'in_progress',
  'objection_window',
  'appeal_window',
] as const;
export type ErasureRefusalCode = (typeof ERASURE_REFUSALS)[number];

export interface ErasureRefusal {
  readonly code: ErasureRefusalCode;
  /** Plain Dutch for the coordinator, with the article that allows the refusal. */
  readonly reasonNl: string;
  readonly reasonEn: string;
}

/**
 * Whether the requester's data may be erased now, before the retention period ends
 * (LD-ERASURE): not while the request is handled nor while an objection or appeal can still be
 * lodged, since keeping it is then a legal obligation (AVG art. 17 lid 3 onder b).
 */
export function erasureRefusal(facts: PrivacyFacts, today: LocalDate): ErasureRefusal | null {
  if (facts.anonymisedOn !== null) {
    return {
      code: 'already_anonymised',
      reasonNl: 'De gegevens van deze aanvrager zijn al geanonimiseerd.',
      reasonEn: "The requester's data is already anonymised.",
    };
  }
  const objectionUntil = facts.objectionWindowEndsOn;
  const inObjectionWindow =
    facts.phase === 'objection_window' ||
    (objectionUntil !== null && !today.isAfter(objectionUntil));
  if (!TERMINAL_PHASES.includes(facts.phase) && facts.phase !== 'objection_window') {
    return {
      code: 'in_progress',
      reasonNl:
        'Het verzoek is nog in behandeling. Wij hebben de gegevens nodig om het verzoek af te handelen (artikel 17 lid 3 onder b AVG).',
      reasonEn: 'The request is still being handled (GDPR art. 17(3)(b)).',
    };
  }
  if (inObjectionWindow) {
    const until = objectionUntil === null ? '' : ` tot en met ${nlDate(objectionUntil)}`;
    return {
      code: 'objection_window',
      reasonNl: `De aanvrager kan nog bezwaar maken${until}. Tot dan bewaren wij de gegevens (artikel 17 lid 3 onder b AVG, artikel 6:7 Awb).`,
      reasonEn: 'The objection period is still running (GDPR art. 17(3)(b)).',
    };
  }
  if (facts.appealWindowEndsOn !== null && !today.isAfter(facts.appealWindowEndsOn)) {
    return {
      code: 'appeal_window',
      reasonNl: `De aanvrager kan nog in beroep gaan tot en met ${nlDate(facts.appealWindowEndsOn)}. Tot dan bewaren wij de gegevens (artikel 17 lid 3 onder b AVG, artikel 6:7 Awb).`,
      reasonEn: 'The appeal period is still running (GDPR art. 17(3)(b)).',
    };
  }
  return null;
}

/**
 * Keys of stored event payloads whose values can name a person (a summary of a conversation or
 * a view, a name, an address, a free note). Anonymising blanks them and keeps every other key,
 * so dates, numbers and outcomes (and the report made from them) stay the same.
 */
export const PERSONAL_PAYLOAD_KEYS: ReadonlySet<string> = new Set([
  'name',
  'requesterName',
  'email',
  'requesterEmail',
  'phone',
  'address',
  'postalAddress',
  'summary',
  'viewSummary',
  'note',
  'notes',
  'text',
  'recipient',
  'recipientName',
  'recipientEmail',
]);

/** A payload with the values of personal keys replaced, at any depth; the rest unchanged. */
export function anonymisedPayload(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.map(anonymisedPayload);
  if (payload === null || typeof payload !== 'object') return payload;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    out[key] =
      PERSONAL_PAYLOAD_KEYS.has(key) && typeof value === 'string'
        ? ANONYMISED_NAME
        : anonymisedPayload(value);
  }
  return out;
}

function plusMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = LocalDate.of(year, month, 28).plusDays(3);
  const daysInMonth = last.month === month ? last.day : 28 + (3 - last.day);
  return LocalDate.of(year, month, Math.min(date.day, daysInMonth));
}
