// The data of the list/search benchmark: requests as clerks produce them, each a sequence of
// domain events folded by the domain (`foldEvents`, which runs computeRequestDeadlines) and
// projected by persistence's `projectRequestState`, so the stored phase and deadline columns are
// what the workflow would have written.
import { createHash, randomUUID } from 'node:crypto';
import {
  eventToJson,
  foldEvents,
  type HolidayCalendar,
  LocalDate,
  REGIME_TERMS,
  type RequestEvent,
  termRegimeFor,
} from '@wobdesk/domain';
import {
  projectRequestState,
  type RequestEntity,
  type RequestEventEntity,
  type RequestItemEntity,
  requestSearchText,
} from '@wobdesk/persistence';
import type { Prng } from './prng.js';

export type RequestRow = Omit<RequestEntity, 'organisation' | 'assignee'>;
export type ItemRow = Omit<RequestItemEntity, 'request'>;
/** An event as generated; `insertRequests` copies its request's organisation onto it. */
export type EventRow = Omit<RequestEventEntity, 'id' | 'request' | 'actor' | 'organisationId'>;

export interface GeneratedRequest {
  readonly row: RequestRow;
  readonly items: readonly ItemRow[];
  readonly events: readonly EventRow[];
}

export interface OrganisationPlan {
  readonly id: string;
  readonly referencePrefix: string;
  readonly clerkIds: readonly string[];
}

/** Receipt dates are spread uniformly over this many days up to today (about 7 years). */
export const HISTORY_DAYS = 7 * 365;

const TOPICS = [
  'windpark',
  'asielopvang',
  'stikstofvergunning',
  'jeugdzorg',
  'parkeerbeleid',
  'bestemmingsplan',
  'subsidieverlening',
  'gaswinning',
  'coronamaatregelen',
  'handhavingsverzoek',
  'aanbesteding ICT',
  'bodemverontreiniging',
  'evenementenvergunning',
  'huisvesting statushouders',
  'zonnepark',
  'verkeersbesluit',
  'integriteitsonderzoek',
  'declaraties wethouders',
  'afvalinzameling',
  'dijkversterking',
  'cameratoezicht',
  'woningbouwlocatie',
  'schoolgebouw',
  'sportaccommodatie',
  'reorganisatie',
  'grondaankoop',
  'vergunning horeca',
  'luchtkwaliteit',
  'ondermijning',
  'gezichtsherkenning',
] as const;
const PLACES = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Centrum',
  'de Haven',
  'het Stationsgebied',
  'Hoogland',
  'Laagveld',
  'de Polder',
  'Buitenwijk',
  'Kanaalzone',
] as const;
const FIRST_NAMES = [
  'Jan',
  'Fatima',
  'Pieter',
  'Sanne',
  'Mohamed',
  'Eva',
  'Kees',
  'Lotte',
  'Ahmed',
  'Anouk',
  'Thijs',
  'Noor',
  'Ruud',
  'Yara',
  'Bram',
  'Iris',
] as const;
const LAST_NAMES = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'El Amrani',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Yilmaz',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Dekker',
  'Brouwer',
  'Kok',
] as const;
const ORGANISATIONS_REQUESTING = ['Stichting Open State', 'NOS', 'RTL Nieuws', 'Follow the Money'];
const CHANNELS = ['post', 'email', 'email', 'email', 'web_form', 'web_form', 'phone'] as const;

function pick<T>(rng: Prng, xs: readonly T[]): T {
  return xs[rng.int(0, xs.length - 1)];
}

/**
 * The life of one request as dates: most are decided within the term, a fifth late, a few stay
 * undecided for months; 4 % are withdrawn and 3 % forwarded; 15 % of the decisions get an
 * objection. Events after `today` have not happened yet and are dropped, so the phase follows
 * from the age of the request.
 */
export function lifeOf(rng: Prng, receivedOn: LocalDate, today: LocalDate): RequestEvent[] {
  const at = (days: number) => receivedOn.plusDays(days);
  const regime = termRegimeFor(receivedOn);
  const events: RequestEvent[] = [{ type: 'request_received', occurredOn: receivedOn }];
  const acknowledgedOn = at(rng.int(1, 6));
  events.push({ type: 'receipt_acknowledged', occurredOn: acknowledgedOn });
  const ending = rng.next();
  if (ending < 0.04) {
    events.push({ type: 'withdrawn', occurredOn: at(rng.int(7, 40)) });
    return upTo(events, today);
  }
  if (ending < 0.07) {
    const forwarded: RequestEvent = {
      type: 'forwarded',
      occurredOn: at(rng.int(2, 10)),
      to: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    };
    return upTo([events[0], forwarded], today);
  }
  if (rng.chance(0.35)) {
    events.push({ type: 'conversation_held', occurredOn: at(rng.int(7, 16)) });
  }
  if (rng.chance(0.1)) {
    const requestedOn = at(rng.int(3, 12));
    events.push({
      type: 'clarification_requested',
      occurredOn: requestedOn,
      termEndsOn: requestedOn.plusDays(14),
    });
    events.push({
      type: 'clarification_answered',
      occurredOn: requestedOn.plusDays(rng.int(2, 13)),
    });
  }
  const extended = rng.chance(0.3);
  if (extended) {
    events.push({
      type: 'extension_notified',
      occurredOn: at(rng.int(18, 26)),
      days: REGIME_TERMS[regime].maxExtensionDays,
      reason: 'size_or_complexity',
    });
  }
  const speed = rng.next();
  const decisionDay =
    speed < 0.75
      ? rng.int(14, extended ? 40 : 27)
      : speed < 0.95
        ? rng.int(45, 120)
        : rng.int(150, 700);
  const decidedOn = at(decisionDay);
  const late = decisionDay > (extended ? 40 : 27);
  if (late && rng.chance(0.3)) {
    events.push({
      type: 'notice_of_default_received',
      occurredOn: at(decisionDay - rng.int(1, 14)),
    });
  }
  events.push({
    type: 'decision_taken',
    occurredOn: decidedOn,
    objectionExpected: rng.chance(0.1),
  });
  const sentOn = decidedOn.plusDays(rng.int(0, 3));
  events.push({ type: 'decision_sent', occurredOn: sentOn });
  if (rng.chance(0.15)) {
    const lodgedOn = sentOn.plusDays(rng.int(5, 41));
    events.push({
      type: 'objection_lodged',
      occurredOn: lodgedOn,
      byPost: false,
      advisoryCommittee: rng.chance(0.3),
    });
    const decided = lodgedOn.plusDays(rng.int(30, 160));
    events.push({ type: 'objection_decided', occurredOn: decided, outcome: 'unfounded' });
    events.push({ type: 'closed', occurredOn: decided, reason: 'objection_decided' });
  } else {
    events.push({ type: 'closed', occurredOn: sentOn.plusDays(rng.int(45, 70)), reason: 'final' });
  }
  return upTo(events, today);
}

function upTo(events: RequestEvent[], today: LocalDate): RequestEvent[] {
  const kept = events.filter((e) => !e.occurredOn.isAfter(today));
  return [...kept].sort((a, b) => a.occurredOn.compareTo(b.occurredOn));
}

/** 10:00 in Amsterdam (winter time) on a date: when the clerk recorded it. */
function recordedAt(d: LocalDate): Date {
  return new Date(`${d.toString()}T09:00:00.000Z`);
}

/** One request with its items and events; `number` makes the reference unique per organisation. */
export function generateRequest(
  rng: Prng,
  calendar: HolidayCalendar,
  today: LocalDate,
  org: OrganisationPlan,
  number: number,
): GeneratedRequest {
  const receivedOn = today.minusDays(rng.int(0, HISTORY_DAYS));
  const events = lifeOf(rng, receivedOn, today);
  const state = foldEvents(events, calendar)!;
  const id = randomUUID();
  const first = pick(rng, FIRST_NAMES);
  const last = pick(rng, LAST_NAMES);
  const requesterName = rng.chance(0.15) ? pick(rng, ORGANISATIONS_REQUESTING) : `${first} ${last}`;
  const topic = pick(rng, TOPICS);
  const subject = `Documenten over ${topic} ${pick(rng, PLACES)}`;
  const itemCount = rng.int(1, 3);
  const decided = state.facts.decidedOn !== undefined;
  const outcomes = ['granted', 'partly_granted', 'refused', 'no_documents'] as const;
  const items: ItemRow[] = Array.from({ length: itemCount }, (_, k) => ({
    requestId: id,
    number: k + 1,
    text: `${['Besluiten', 'E-mails', 'Notities', 'Rapporten'][k % 4]} over ${topic}`,
    outcome: decided ? pick(rng, outcomes) : null,
    grounds: null,
    remarks: null,
    weighing: null,
    whereAvailable: null,
    answeredWith: null,
  }));
  const lastOn = events[events.length - 1].occurredOn;
  const eventRows: EventRow[] = events.map((e, k) => {
    const { type, occurredOn, ...rest } = eventToJson(e) as { type: string; occurredOn: string };
    return {
      requestId: id,
      sequence: k + 1,
      type,
      occurredOn,
      recordedAt: recordedAt(e.occurredOn),
      actorId: null,
      payload: JSON.stringify(rest),
    };
  });
  const row: RequestRow = {
    id,
    organisationId: org.id,
    reference: `${org.referencePrefix}${receivedOn.year}-${String(number).padStart(6, '0')}`,
    environmentalInformation: false,
    requesterName,
    requesterKind: 'person',
    requesterSalutation: null,
    requesterPostalAddress: rng.chance(0.3)
      ? `Dorpsstraat ${rng.int(1, 200)}\n1234 AB  Ergens`
      : null,
    requesterEmail: rng.chance(0.8)
      ? `${first}.${last}@example.nl`.toLowerCase().replace(/ /g, '')
      : null,
    requesterPhone: null,
    letterDate: receivedOn.minusDays(rng.int(0, 4)).toString(),
    receivedOn: receivedOn.toString(),
    channel: pick(rng, CHANNELS),
    subject,
    searchText: requestSearchText(subject, requesterName),
    theirReference: null,
    assigneeId: rng.chance(0.9) ? pick(rng, org.clerkIds) : null,
    version: events.length,
    statusTokenHash: createHash('sha256').update(id).digest('hex'),
    statusTokenRevokedAt: null,
    statusTokenGeneration: 0,
    provisionalMeasureSince: null,
    personalDataAnonymisedOn: null,
    // The stored columns exactly as the workflow projects them from the fold.
    ...projectRequestState(state),
    createdAt: recordedAt(receivedOn),
    updatedAt: recordedAt(lastOn),
  };
  return { row, items, events: eventRows };
}
