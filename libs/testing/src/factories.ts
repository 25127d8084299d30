// Records describing the normal case: one municipality, a clerk and a coordinator, and a Woo
// request received by e-mail with three items. A test overrides only what it is about.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  eventToJson,
  execute,
  type HolidayCalendar,
  LocalDate,
  type RequestCommand,
} from '@wobdesk/domain';
import {
  type NewRequestEvent,
  type OrganisationRecord,
  projectRequestState,
  requestSearchText,
  type RequestRecord,
  type UnitOfWorkPort,
  type UserRecord,
} from '@wobdesk/persistence';
import { shippedCalendar } from './calendar.js';

/** An organisation with a letterhead, whose next reference is WOO-000001. */
export function anOrganisation(overrides: Partial<OrganisationRecord> = {}): OrganisationRecord {
  return {
    id: randomUUID(),
    name: 'Gemeente Utrecht',
    unit: 'Directie Stadsontwikkeling',
    returnAddress: 'Retouradres Postbus 16200, 3500 CE Utrecht',
    visitingAddress: 'Stadsplateau 1, Utrecht',
    postalAddress: 'Postbus 16200, 3500 CE Utrecht',
    website: 'https://www.utrecht.nl',
    contactEmail: 'woo@utrecht.example',
    contactPhone: '14 030',
    signatoryName: 'A. Jansen',
    signatoryPosition: 'teamleider Juridische Zaken',
    lateDecisionApology: null,
    signatoryTitle: 'Het college van burgemeester en wethouders van Utrecht,',
    onBehalfLine: 'namens deze',
    objectionAddress: 'Postbus 16200, 3500 CE Utrecht',
    voice: 'ik',
    tooiUri: null,
    tooiLabel: null,
    listedNames: '',
    bundleMegabytes: 25,
    referencePrefix: 'WOO-',
    nextReferenceNumber: 1,
    publicFormOpen: true,
    publicFormIntro: null,
    retentionMonths: null,
    createdAt: new Date('2026-01-05T09:00:00Z'),
    ...overrides,
  };
}

/** A clerk (behandelaar) of the organisation; the password hash is never checked here. */
export function aClerk(organisationId: string, overrides: Partial<UserRecord> = {}): UserRecord {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    organisationId,
    email: `clerk-${id.slice(0, 8)}@utrecht.example`,
    name: 'Behandelaar De Groot',
    role: 'clerk',
    passwordHash: 'scrypt$not-a-real-hash',
    createdAt: new Date('2026-01-05T09:00:00Z'),
    oidcIssuer: null,
    oidcSubject: null,
    active: true,
    lastLoginAt: null,
    ...overrides,
  };
}

/** A coordinator of the organisation. */
export function aCoordinator(
  organisationId: string,
  overrides: Partial<UserRecord> = {},
): UserRecord {
  const id = overrides.id ?? randomUUID();
  return aClerk(organisationId, {
    id,
    email: `coordinator-${id.slice(0, 8)}@utrecht.example`,
    name: 'Coördinator Bakker',
    role: 'coordinator',
    ...overrides,
  });
}

/** A request as registration stores it: its row, its items and its first events. */
export interface StoredRequest {
  readonly record: RequestRecord;
  readonly items: readonly string[];
  readonly events: readonly NewRequestEvent[];
}

export interface RequestFacts {
  /** 'YYYY-MM-DD'; the regime follows from it (Woo from 1 May 2022). */
  readonly receivedOn?: string;
  readonly environmentalInformation?: boolean;
  readonly items?: readonly string[];
  /** Columns to set besides those the `receive` command gives. */
  readonly columns?: Partial<RequestRecord>;
  readonly calendar?: HolidayCalendar;
}

/**
 * A Woo request received by e-mail on 2 November 2026, with three items, its stored columns
 * projected from the `request_received` event exactly as registration projects them.
 */
export function aRequest(organisationId: string, facts: RequestFacts = {}): StoredRequest {
  const receivedOn = LocalDate.parse(facts.receivedOn ?? '2026-11-02');
  const command: RequestCommand = {
    type: 'receive',
    occurredOn: receivedOn,
    ...(facts.environmentalInformation !== undefined && {
      environmentalInformation: facts.environmentalInformation,
    }),
  };
  const calendar = facts.calendar ?? shippedCalendar();
  const result = execute(undefined, command, { today: receivedOn, calendar });
  if (!result.ok) throw new Error(`Not a request to receive: ${result.error.code}`);
  const subject = 'Documenten over de herinrichting van het Stationsplein';
  const requesterName = 'J. de Vries';
  const createdAt = new Date(`${receivedOn.toString()}T10:00:00Z`);
  const record: RequestRecord = {
    id: randomUUID(),
    organisationId,
    reference: `TEST-${randomUUID().slice(0, 8)}`,
    environmentalInformation: facts.environmentalInformation ?? false,
    requesterName,
    requesterKind: 'person',
    requesterSalutation: 'Geachte heer De Vries',
    requesterPostalAddress: 'Oudegracht 1, 3511 AA Utrecht',
    requesterEmail: 'j.devries@example.nl',
    requesterPhone: null,
    letterDate: null,
    receivedOn: receivedOn.toString(),
    channel: 'email',
    subject,
    searchText: requestSearchText(subject, requesterName),
    theirReference: null,
    assigneeId: null,
    version: 1,
    statusTokenHash: randomBytes(32).toString('hex'),
    statusTokenRevokedAt: null,
    statusTokenGeneration: 1,
    provisionalMeasureSince: null,
    ...projectRequestState(result.state),
    createdAt,
    updatedAt: createdAt,
    ...facts.columns,
  };
  const events = result.events.map((event) => {
    // The payload column holds the event's fields besides its type and date.
    const payload: Record<string, unknown> = { ...eventToJson(event) };
    delete payload.type;
    delete payload.occurredOn;
    return { type: event.type, occurredOn: event.occurredOn.toString(), payload };
  });
  return {
    record,
    items: facts.items ?? ['Verkeersbesluiten', 'Adviezen', 'Mails met de aannemer'],
    events,
  };
}

/** Stores a request through the ports (on a fake or a real database) and returns its id. */
export async function storeRequest(
  storage: UnitOfWorkPort,
  request: StoredRequest,
  actorId: string | null = null,
): Promise<string> {
  await storage.transaction(async (tx) => {
    await tx.requests.insert(request.record, request.items);
    await tx.requests.appendEvents(
      request.record.id,
      0,
      request.events,
      actorId,
      request.record.createdAt,
    );
  });
  return request.record.id;
}
