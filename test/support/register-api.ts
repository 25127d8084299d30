import { AuthService } from '@wobdesk/accounts';
import { CLOCK, TestClock } from '@wobdesk/clock';
import { LocalDate, type Role } from '@wobdesk/domain';
import { OrganisationRepository } from '@wobdesk/persistence';
import { startTestApi, type TestApi } from './api-app.js';
import { type EnrolledSecondFactor, enrolSecondFactor } from './second-factor.js';
import { insertTestOrganisation } from './test-organisation.js';

export const PASSWORD = 'correct horse battery';

/** A user of the test organisation, logged in over HTTP. */
export interface TestUser {
  readonly id: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly email: string;
  /** The bearer token from `POST /api/auth/login`. */
  readonly token: string;
  /** `Authorization` header value. */
  readonly auth: string;
  /** A coordinator's second factor (they must have one), enrolled before the login. */
  readonly secondFactor?: EnrolledSecondFactor;
}

export interface RegisterApi extends TestApi {
  readonly clock: TestClock;
  newOrganisation(name?: string): Promise<string>;
  /**
   * Creates a user through AuthService and logs in through `POST /api/auth/login`; a coordinator
   * first enrols a second factor and logs in with its code.
   */
  newUser(organisationId: string, role?: Role): Promise<TestUser>;
}

/**
 * The whole API on a migrated SQLite file in the OS temp dir, with "today" fixed by a clock the
 * test controls (`CLOCK`, from libs/clock). Organisations and users are made through the real
 * repositories and AuthService; everything else goes through HTTP.
 */
export async function startRegisterApi(
  today: string,
  env: Record<string, string> = {},
): Promise<RegisterApi> {
  const clock = new TestClock(LocalDate.parse(today));
  const api = await startTestApi({
    env: { STATUS_RATE_LIMIT: '0', LOGIN_RATE_LIMIT: '0', ...env },
    overrides: [[CLOCK, clock]],
  });
  let users = 0;
  return Object.assign(api, {
    clock,
    newOrganisation(name?: string) {
      return insertTestOrganisation(api.app.get(OrganisationRepository), name);
    },
    async newUser(organisationId: string, role: Role = 'clerk'): Promise<TestUser> {
      const email = `user${++users}-${organisationId.slice(0, 8)}@example.nl`;
      const name = `${role === 'clerk' ? 'Behandelaar' : 'Coördinator'} ${users}`;
      const id = await api.app
        .get(AuthService)
        .createUser({ organisationId, email, name, role, password: PASSWORD });
      const secondFactor =
        role === 'coordinator'
          ? await enrolSecondFactor(api.app, { userId: id, organisationId, email })
          : undefined;
      const code = secondFactor?.nextCode();
      const res = await api
        .http()
        .post('/api/auth/login')
        .send({ email, password: PASSWORD, ...(code && { code }) });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
      const token = res.body.token as string;
      return { id, organisationId, role, email, token, auth: `Bearer ${token}`, secondFactor };
    },
  });
}

/** The six numbered items of the seed case (besluit Wob 2020-05-26). */
export const SEED_ITEMS = [
  'Documenten over de inzet van gezichtsherkenningstechnologie en andere technologieën die gebruik maken van biometrische gegevens dan wel plannen over de inzet van gezichtsherkenning',
  'Documenten waaruit de omvang/schaal van het gebruik van gezichtsherkenningstechnologie blijkt en waar en waarvoor deze technologieën precies worden ingezet',
  'Communicatie, zowel intern als extern, over gezichtsherkenningstechnologie en andere technologieën die gebruik maken van biometrische gegevens',
  'Een opsomming van welke bedrijven worden ingezet voor het leveren van gezichtsherkenningstechnologie',
  'Documenten waarin specifiek de inzet van technologie van het Amerikaanse bedrijf Clearview AI wordt besproken en hoe dat gebeurt',
  'Kan er worden uitgesloten dat er gebruik wordt gemaakt door nationale handhavingsinstanties, overheidsorganen en politie van een gratis proefversie van de software van Clearview AI?',
];

/** A minimal valid body for `POST /api/requests`. */
export function newRequestBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requester: { name: 'J. Jansen', email: 'j.jansen@example.nl' },
    receivedOn: '2024-04-02',
    channel: 'email',
    subject: 'Stukken over de herinrichting van het Stationsplein',
    items: [{ text: 'Alle adviezen' }, { text: 'Alle verslagen van overleg' }],
    ...overrides,
  };
}

/** Registers a request through `POST /api/requests` (201 expected): its id and status token. */
export async function createRequest(
  api: RegisterApi,
  clerk: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; statusToken: string }> {
  const res = await api
    .http()
    .post('/api/requests')
    .set('authorization', clerk.auth)
    .send(newRequestBody(overrides))
    .expect(201);
  return { id: res.body.request.id as string, statusToken: res.body.statusToken as string };
}

/** Revokes a request's status token as a new coordinator of the clerk's organisation (204). */
export async function revokeStatusToken(api: RegisterApi, clerk: TestUser, id: string) {
  const coordinator = await api.newUser(clerk.organisationId, 'coordinator');
  await api
    .http()
    .delete(`/api/requests/${id}/status-token`)
    .set('authorization', coordinator.auth)
    .expect(204);
}
