// The third parties of a document and their views over HTTP: added, asked through the request's
// step (naming the documents), their view recorded per document, removed; each a recorded
// event. A view per document never ends the suspension of the term: with two parties asked,
// the term stays suspended after the first view, until the request's own step or the term's end.
// Every bad input is refused with the field and the rule, nothing stored.
import { DataSource } from 'typeorm';
import { minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { postStep } from '../support/seed-case-api.js';
import { rawQuery } from '../support/raw-sql.js';

describe('Third parties of a document (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let id: string;

  const path = (number: number | string, rest = '') =>
    `/api/requests/${id}/documents/${number}/third-parties${rest}`;
  const add = (number: number | string, body: Record<string, unknown>, user = clerk) =>
    api.http().post(path(number)).set('authorization', user.auth).send(body);
  const list = (number: number | string) =>
    api.http().get(path(number)).set('authorization', clerk.auth);
  const view = (number: number, party: string, body: Record<string, unknown>) =>
    api
      .http()
      .put(path(number, `/${party}/view`))
      .set('authorization', clerk.auth)
      .send(body);
  /** The request as the API shows it, with the stored last suspended day. */
  const requestView = async () => {
    const res = await api
      .http()
      .get(`/api/requests/${id}`)
      .set('authorization', clerk.auth)
      .expect(200);
    const [row] = await rawQuery(db(), 'SELECT "suspended_until" FROM "request" WHERE "id" = ?', [
      id,
    ]);
    return { ...res.body, suspendedUntil: row.suspended_until };
  };
  const db = () => api.app.get(DataSource);
  const eventCount = async () =>
    Number((await rawQuery(db(), 'SELECT COUNT(*) AS n FROM "request_event"'))[0].n);
  const rows = async () =>
    rawQuery(
      db(),
      'SELECT "name", "asked_in_event", "view", "view_summary", "view_received_on" FROM "document_third_party" ORDER BY "created_at", "id"',
    );
  const eventsOf = async (type: string) =>
    (
      (await rawQuery(
        db(),
        'SELECT "sequence", "payload" FROM "request_event" WHERE "type" = ? ORDER BY "sequence"',
        [type],
      )) as { sequence: number; payload: string }[]
    ).map((r) => ({ sequence: r.sequence, payload: JSON.parse(r.payload) }));

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02');
    const organisationId = await api.newOrganisation();
    clerk = await api.newUser(organisationId, 'clerk');
    otherClerk = await api.newUser(await api.newOrganisation(), 'clerk');
    ({ id } = await createRequest(api, clerk, { receivedOn: '2024-04-02' }));
    await api
      .http()
      .post(`/api/requests/${id}/documents`)
      .set('authorization', clerk.auth)
      .attach('files', minimalPdf(['Offerte bouwbedrijf']), 'offerte.pdf')
      .attach('files', minimalPdf(['Brief adviesbureau']), 'brief.pdf')
      .attach('files', minimalPdf(['Intern memo']), 'memo.pdf')
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should add a third party to a document as a recorded event, not yet asked', async () => {
    const res = await add(1, { name: 'Bouwbedrijf De Vries B.V.' }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Bouwbedrijf De Vries B.V.',
      askedInEvent: null,
      askedOn: null,
      view: null,
      viewSummary: null,
      viewReceivedOn: null,
      holdsDisclosure: false,
    });
    await add(2, { name: 'Adviesbureau Noord' }).expect(201);
    expect((await list(1).expect(200)).body.thirdParties).toEqual([res.body]);
    const added = await eventsOf('document_third_party_added');
    expect(added.map((e) => e.payload)).toEqual([
      { number: 1, thirdPartyId: res.body.id, askedInEvent: null },
      { number: 2, thirdPartyId: expect.any(String), askedInEvent: null },
    ]);
    // The history names the party by its id only: the name stays with the clerk.
    expect(JSON.stringify(added)).not.toContain('De Vries');
  });

  it('should refuse bad input naming the field and the rule, storing nothing', async () => {
    const before = { events: await eventCount(), rows: await rows() };
    const fieldsOf = (body: { errors: { field: string }[] }) => [
      ...new Set(body.errors.map((e) => e.field)),
    ];
    expect(fieldsOf((await add(1, {}).expect(400)).body)).toEqual(['name']);
    expect(fieldsOf((await add(1, { name: 'x'.repeat(201) }).expect(400)).body)).toEqual(['name']);
    const noSuchEvent = await add(1, { name: 'Derde', askedInEvent: 1 }).expect(422);
    expect(noSuchEvent.body.details).toEqual({
      field: 'askedInEvent',
      rule: 'third_party_view_requested_event',
    });
    expect((await add(9, { name: 'Derde' }).expect(404)).body.code).toBe('DOCUMENT.NOT_FOUND');
    expect((await add('x', { name: 'Derde' }).expect(404)).body.code).toBe('DOCUMENT.NOT_FOUND');
    await add(1, { name: 'Derde' }, otherClerk).expect(404);
    const [party] = (await list(1).expect(200)).body.thirdParties;
    const good = { view: 'agrees', receivedOn: '2024-04-02' };
    const badView = await view(1, party.id, { ...good, view: 'maybe' }).expect(400);
    expect(fieldsOf(badView.body)).toEqual(['view']);
    const future = await view(1, party.id, { ...good, receivedOn: '2024-04-03' }).expect(422);
    expect(future.body.details).toEqual({ field: 'receivedOn', rule: 'not_in_future' });
    const otherDocument = await view(2, party.id, good).expect(404);
    expect(otherDocument.body.code).toBe('DOCUMENT.THIRD_PARTY_NOT_FOUND');
    await view(1, 'not-a-uuid', good).expect(404);
    const unknownDocument = await postStep(api, clerk, id, 'third-party-views', '2024-04-05', {
      occurredOn: '2024-04-05',
      termEndsOn: '2024-04-19',
      documentNumbers: [1, 9],
    }).catch((e: Error) => e.message);
    expect(unknownDocument).toContain('documentNumbers[1]');
    expect(unknownDocument).toContain('existing_document_number');
    expect({ events: await eventCount(), rows: await rows() }).toEqual(before);
  });

  it('should keep the term suspended after the first of two views, until the step says all are in', async () => {
    const asked = await postStep(api, clerk, id, 'third-party-views', '2024-04-05', {
      occurredOn: '2024-04-05',
      termEndsOn: '2024-04-19',
      documentNumbers: [1, 2],
    });
    const [askedEvent] = await eventsOf('third_party_view_requested');
    // Both parties of the documents named are linked to that request for their view.
    expect((await rows()).map((r: { asked_in_event: number }) => r.asked_in_event)).toEqual([
      askedEvent!.sequence,
      askedEvent!.sequence,
    ]);
    const suspended = await requestView();
    expect(suspended.suspendedUntil).toBe('2024-04-19');
    expect(suspended.availableCommands).toContain('receiveThirdPartyView');
    expect(suspended.deadlines.decisionDeadline.date).toBe(asked.decisionDeadline);

    api.clock.set('2024-04-10');
    const [first] = (await list(1).expect(200)).body.thirdParties;
    expect(first.holdsDisclosure).toBe(true);
    const res = await view(1, first.id, {
      view: 'objects',
      summary: 'De offerte bevat bedrijfsgegevens.',
      receivedOn: '2024-04-10',
    }).expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        view: 'objects',
        viewSummary: 'De offerte bevat bedrijfsgegevens.',
        viewReceivedOn: '2024-04-10',
        askedInEvent: askedEvent!.sequence,
        askedOn: '2024-04-05',
        holdsDisclosure: true,
      }),
    );
    const [recorded] = await eventsOf('document_third_party_view_recorded');
    expect(recorded!.payload).toEqual({
      number: 1,
      thirdPartyId: first.id,
      view: 'objects',
      askedInEvent: askedEvent!.sequence,
    });
    // The second party has not answered: the term stays suspended, the deadline unchanged.
    const afterFirst = await requestView();
    expect(afterFirst.suspendedUntil).toBe('2024-04-19');
    expect(afterFirst.availableCommands).toContain('receiveThirdPartyView');
    expect(afterFirst.deadlines.decisionDeadline.date).toBe(asked.decisionDeadline);
    expect(await eventsOf('third_party_view_received')).toEqual([]);

    api.clock.set('2024-04-12');
    const [second] = (await list(2).expect(200)).body.thirdParties;
    await view(2, second.id, { view: 'agrees', receivedOn: '2024-04-12' }).expect(200);
    expect((await list(2).expect(200)).body.thirdParties[0].holdsDisclosure).toBe(false);
    expect((await requestView()).suspendedUntil).toBe('2024-04-19');
    // The last view is in: the request's step ends the suspension, and the deadline moves up.
    const received = await postStep(api, clerk, id, 'third-party-view-responses', '2024-04-12', {
      occurredOn: '2024-04-12',
    });
    expect(received.decisionDeadline < asked.decisionDeadline).toBe(true);
  });

  it('should remove a third party as a recorded event, and refuse an unknown one', async () => {
    const party = (await add(3, { name: 'Leverancier' }).expect(201)).body;
    await api
      .http()
      .delete(path(3, `/${party.id}`))
      .set('authorization', clerk.auth)
      .expect(204);
    expect((await list(3).expect(200)).body.thirdParties).toEqual([]);
    const [removed] = await eventsOf('document_third_party_removed');
    expect(removed!.payload).toEqual({ number: 3, thirdPartyId: party.id });
    const again = await api
      .http()
      .delete(path(3, `/${party.id}`))
      .set('authorization', clerk.auth)
      .expect(404);
    expect(again.body.code).toBe('DOCUMENT.THIRD_PARTY_NOT_FOUND');
  });

  it('should export Opgeschort for a document whose party is silent or objects', async () => {
    await add(3, { name: 'Leverancier' }).expect(201);
    await postStep(api, clerk, id, 'third-party-views', '2024-04-15', {
      occurredOn: '2024-04-15',
      termEndsOn: '2024-04-29',
      documentNumbers: [3],
    });
    await api
      .http()
      .post(`/api/requests/${id}/documents/assessments`)
      .set('authorization', clerk.auth)
      .send({ numbers: [1, 2, 3], assessment: 'public' })
      .expect(200);
    const res = await api
      .http()
      .get(`/api/requests/${id}/inventory.csv`)
      .set('authorization', clerk.auth)
      .expect(200);
    const [header, ...lines] = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const column = header!.split(',').indexOf('Opgeschort');
    const suspended = Object.fromEntries(
      lines.map((line) => [line.split(',')[0], line.split(',')[column]]),
    );
    // 1: its party objects; 2: its party agrees; 3: its party was asked and has not answered.
    expect(suspended).toEqual({ '1': 'Ja', '2': '', '3': 'Ja' });
  });
});
