import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

const PARALLEL = 30;

// Making a letter sends no version: a change in between that the letter does not show (another
// letter, an assignment) must not fail it, and the register keeps one event per stored letter.
describe('letters made in parallel (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let clerk: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02', { PUBLIC_BASE_URL: 'https://woo.example.nl' });
    const organisationId = await newSeedOrganisation(api);
    coordinator = await api.newUser(organisationId, 'coordinator');
    clerk = await api.newUser(organisationId, 'clerk');
  });

  afterAll(() => api?.close());

  it(`should make all ${PARALLEL} letters asked for at once, and an assignment beside them`, async () => {
    const { id } = await createRequest(api, coordinator, { receivedOn: '2026-02-26' });
    await postStep(api, coordinator, id, 'acknowledge', '2026-03-02', {
      occurredOn: '2026-03-02',
    });
    const make = () =>
      api
        .http()
        .post(`/api/requests/${id}/letters`)
        .set('authorization', coordinator.auth)
        .send({ kind: 'acknowledgement' });
    const assign = api
      .http()
      .post(`/api/requests/${id}/assign`)
      .set('authorization', coordinator.auth)
      .send({ assigneeId: clerk.id });
    const [assigned, ...made] = await Promise.all([
      assign,
      ...Array.from({ length: PARALLEL }, make),
    ]);
    expect(assigned.status).toBe(200);
    expect(made.map((r) => r.status)).toEqual(Array(PARALLEL).fill(201));

    const letters = await api
      .http()
      .get(`/api/requests/${id}/letters`)
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(new Set(letters.body.map((l: { id: string }) => l.id)).size).toBe(PARALLEL);
    const events = await api
      .http()
      .get(`/api/requests/${id}/events`)
      .set('authorization', coordinator.auth)
      .expect(200);
    const generated = events.body.filter((e: { type: string }) => e.type === 'letter_generated');
    expect(generated).toHaveLength(PARALLEL);
    const sequences = events.body.map((e: { sequence: number }) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
  }, 180_000);
});
