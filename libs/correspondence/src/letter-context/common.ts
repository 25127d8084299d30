// What every letter context is made of: the organisation's letterhead, the request as the letter
// names it, and the legal state of the request as it stood at a given event of its log (so that
// a letter regenerated later still states the dates that were true when it was written).
import {
  foldEvents,
  type HolidayCalendar,
  type LocalDate,
  type RequestState,
} from '@wobdesk/domain';
import type { LetterBase, LetterKind, LetterOrganisation } from '@wobdesk/letters';
import type {
  DocumentInventoryRecord,
  OrganisationRecord,
  StoredRequestEvent,
} from '@wobdesk/persistence';
import { domainEventsOf, type RequestAggregate, WorkflowError } from '@wobdesk/register';
import type { LetterInput } from './letter-input.js';

/** What a context mapper gets besides the request and the organisation. */
export interface LetterSources {
  readonly calendar: HolidayCalendar;
  /** Today (Europe/Amsterdam): the date of letters that answer no event of their own. */
  readonly today: LocalDate;
  /** The request's documents with their assessments, by number (the decision's inventory). */
  readonly documents?: readonly DocumentInventoryRecord[];
  /** The extra input given for this letter, already checked for this kind. */
  readonly input: LetterInput;
  /** The input stored with earlier letters of this request, newest first. */
  readonly earlierInputs: readonly {
    readonly letterId: string;
    readonly kind: LetterKind;
    readonly eventSequence: number;
    readonly input: LetterInput;
  }[];
  /** The requester's status page (undefined when the token is revoked or not derivable). */
  readonly statusUrl?: string;
  /** The code a requester types on /status with the kenmerk (undefined as `statusUrl`). */
  readonly statusCode?: string;
}

/** A context plus the sequence of the event the letter belongs to and the input it used. */
export interface MappedLetter<C = unknown> {
  readonly context: C;
  readonly eventSequence: number;
  /** The input as stored with the letter (after defaults). */
  readonly input: LetterInput;
}

export function refused(
  code: string,
  nl: string,
  en: string,
  details?: Record<string, unknown>,
): never {
  throw new WorkflowError('invalid', code, nl, en, details);
}

/**
 * The rule named by a refusal because the event a letter answers has not happened (yet): such a
 * kind is not offered. Any other refusal (missing input, a revoked status link …) concerns a
 * letter that can be made once the clerk acts on it.
 */
export const EVENT_NOT_RECORDED = 'eventNotRecorded';

/** Refuses a letter whose event is not in the request's log yet. */
export function eventNotRecorded(
  code: string,
  nl: string,
  en: string,
  details: Record<string, unknown>,
): never {
  return refused(code, nl, en, { ...details, rule: EVENT_NOT_RECORDED });
}

export function lastEvent(
  a: RequestAggregate,
  type: string,
  after = 0,
): StoredRequestEvent | undefined {
  return [...a.events].reverse().find((e) => e.type === type && e.sequence > after);
}

/** The legal state right after the event with `sequence` (workflow events are skipped). */
export function stateThrough(
  a: RequestAggregate,
  sequence: number,
  calendar: HolidayCalendar,
): RequestState {
  return fold(
    a.events.filter((e) => e.sequence <= sequence),
    calendar,
  );
}

/** The legal state just before the event with `sequence`. */
export function stateBefore(
  a: RequestAggregate,
  sequence: number,
  calendar: HolidayCalendar,
): RequestState {
  return fold(
    a.events.filter((e) => e.sequence < sequence),
    calendar,
  );
}

function fold(events: readonly StoredRequestEvent[], calendar: HolidayCalendar): RequestState {
  const state = foldEvents(domainEventsOf(events), calendar);
  if (!state) throw new Error('Corrupt history: no request_received before a letter event');
  return state;
}

/**
 * The return address without the label: the template prints "> Retouradres" itself, and data
 * that repeats it ("Retouradres Postbus …") would print it twice.
 */
export function returnAddressLine(returnAddress: string): string {
  return returnAddress.trim().replace(/^>?\s*Retouradres\s+/i, '');
}

function letterOrganisation(org: OrganisationRecord): LetterOrganisation {
  const missing = (
    [
      ['returnAddress', org.returnAddress],
      ['signatoryTitle', org.signatoryTitle],
      ['objectionAddress', org.objectionAddress],
    ] as const
  )
    .filter(([, value]) => value === null || value.trim() === '')
    .map(([field]) => field);
  if (missing.length > 0) {
    refused(
      'LETTER.ORGANISATION_INCOMPLETE',
      `Het briefhoofd van uw organisatie is niet compleet (${missing.join(', ')}).`,
      `Your organisation's letterhead is incomplete (${missing.join(', ')}).`,
      { fields: missing },
    );
  }
  const opt = (value: string | null) => (value === null || value === '' ? undefined : value);
  return {
    name: org.name,
    unit: opt(org.unit),
    returnAddress: returnAddressLine(org.returnAddress!),
    visitingAddress: opt(org.visitingAddress),
    postalAddress: opt(org.postalAddress),
    website: opt(org.website),
    phone: opt(org.contactPhone),
    email: opt(org.contactEmail),
    signatoryTitle: org.signatoryTitle!,
    onBehalfLine: opt(org.onBehalfLine),
    signatoryName: opt(org.signatoryName),
    signatoryPosition: opt(org.signatoryPosition),
    objectionAddress: org.objectionAddress!,
    voice: org.voice,
  };
}

/** The parts every letter has, dated `date`. */
export function letterBase(a: RequestAggregate, org: OrganisationRecord, date: string): LetterBase {
  const { row } = a;
  return {
    organisation: letterOrganisation(org),
    requester: {
      name: row.requesterName,
      // A person is the salutation helper's default; only an organisation is said.
      ...(row.requesterKind === 'organisation' && { kind: 'organisation' as const }),
      ...(row.requesterSalutation !== null && { salutation: row.requesterSalutation }),
      ...(row.requesterPostalAddress !== null && { postalAddress: row.requesterPostalAddress }),
      ...(row.requesterEmail !== null && { email: row.requesterEmail }),
    },
    date,
    ourReference: row.reference,
    ...(row.theirReference !== null && { theirReference: row.theirReference }),
    ...(a.assigneeName !== undefined && {
      contact: {
        name: a.assigneeName,
        ...(org.contactPhone !== null && { phone: org.contactPhone }),
        ...(org.contactEmail !== null && { email: org.contactEmail }),
      },
    }),
    request: {
      regime: row.regime,
      ...(row.letterDate !== null && { letterDate: row.letterDate }),
      receivedOn: row.receivedOn,
      channel: row.channel,
      subject: row.subject,
      items: a.items.map((i) => ({ number: i.number, text: i.text })),
    },
  };
}
