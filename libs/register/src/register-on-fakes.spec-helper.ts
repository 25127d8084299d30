// The register's services on the in-memory fakes, for the unit tests beside them: the real
// services, clock and calendar, with the storage in memory. No database, no file, no network.
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@wobdesk/config';
import { CLOCK, TestClock } from '@wobdesk/clock';
import { LocalDate } from '@wobdesk/domain';
import { Outbox } from '@wobdesk/mail';
import { UnitOfWork, type UserRecord } from '@wobdesk/persistence';
import {
  aClerk,
  aCoordinator,
  anOrganisation,
  InMemoryUnitOfWork,
  shippedCalendar,
} from '@wobdesk/testing';
import {
  type Actor,
  CalendarSource,
  RequestChangeEvents,
  RequestChanges,
  RequesterNotices,
  RequestReader,
  RequestRegistration,
  RequestWorkflowService,
  StatusLinks,
} from '@wobdesk/register';

/** The day the tests run on (Europe/Amsterdam) and the instant changes are recorded at. */
export const TODAY = '2026-11-25';
export const NOW_INSTANT = new Date('2026-11-25T10:00:00.000Z');

export interface RegisterOnFakes {
  readonly storage: InMemoryUnitOfWork;
  readonly workflow: RequestWorkflowService;
  readonly reader: RequestReader;
  readonly organisationId: string;
  readonly clerk: Actor;
  readonly coordinator: Actor;
  /** A coordinator of another organisation. */
  readonly outsider: Actor;
}

const actorOf = (user: UserRecord): Actor => ({
  userId: user.id,
  organisationId: user.organisationId,
  role: user.role,
  name: user.name,
});

/** Two organisations (Utrecht with a clerk and a coordinator, Zeist with a coordinator). */
export async function registerOnFakes(): Promise<RegisterOnFakes> {
  const storage = new InMemoryUnitOfWork();
  const utrecht = anOrganisation();
  const zeist = anOrganisation({ name: 'Gemeente Zeist', referencePrefix: 'ZST-' });
  const users = [aClerk(utrecht.id), aCoordinator(utrecht.id), aCoordinator(zeist.id)];
  storage.addOrganisation(utrecht);
  storage.addOrganisation(zeist);
  for (const user of users) storage.addUser(user);
  const calendar = shippedCalendar();
  const clock = new TestClock(LocalDate.parse(TODAY), new Date(NOW_INSTANT));
  const config = loadConfig({
    DATABASE_PATH: ':memory:',
    STATUS_TOKEN_SECRET: 'unit-test-secret-of-at-least-32-characters',
    PUBLIC_BASE_URL: 'https://wobdesk.example',
  });
  const module = await Test.createTestingModule({
    providers: [
      { provide: UnitOfWork, useValue: storage },
      { provide: AppConfig, useValue: config },
      { provide: CalendarSource, useValue: { get: async () => calendar, reload: () => {} } },
      { provide: CLOCK, useValue: clock },
      { provide: Outbox, useValue: new Outbox(clock) },
      RequesterNotices,
      StatusLinks,
      RequestChangeEvents,
      RequestReader,
      RequestChanges,
      RequestRegistration,
      RequestWorkflowService,
    ],
  }).compile();
  return {
    storage,
    workflow: module.get(RequestWorkflowService),
    reader: module.get(RequestReader),
    organisationId: utrecht.id,
    clerk: actorOf(users[0]),
    coordinator: actorOf(users[1]),
    outsider: actorOf(users[2]),
  };
}
