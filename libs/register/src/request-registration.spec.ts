// Registration on the in-memory fakes: references, items, first events and the acknowledgement,
// all in one transaction that a refusal rolls back.
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { NewRequestInput } from '@wobdesk/register';
import {
  NOW_INSTANT,
  registerOnFakes,
  type RegisterOnFakes,
} from './register-on-fakes.spec-helper.js';
import { RequestRegistration } from './request-registration.js';
import { hashToken } from './status-token.js';

const wooRequest = (overrides: Partial<NewRequestInput> = {}): NewRequestInput => ({
  requester: { name: 'J. de Vries', email: 'j.devries@example.nl' },
  receivedOn: '2026-11-02',
  channel: 'email',
  subject: 'Documenten over de herinrichting van het Stationsplein',
  items: [{ text: 'Verkeersbesluiten' }, { text: 'Adviezen' }, { text: 'Mails met de aannemer' }],
  ...overrides,
});

describe(`${RequestRegistration.name} on fakes`, () => {
  let fx: RegisterOnFakes;

  beforeEach(async () => {
    fx = await registerOnFakes();
  });

  it('should give consecutive references per organisation', async () => {
    const references = [];
    for (const actor of [fx.clerk, fx.coordinator, fx.outsider, fx.clerk]) {
      references.push((await fx.workflow.create(actor, wooRequest())).request.reference);
    }
    expect(references).toEqual(['WOO-000001', 'WOO-000002', 'ZST-000001', 'WOO-000003']);
  });

  it('should store the request with its numbered items, first event and token hash', async () => {
    const { request, statusToken } = await fx.workflow.create(fx.clerk, wooRequest());
    const stored = await fx.storage.read(async (tx) => ({
      row: await tx.requests.find(fx.organisationId, request.id),
      items: await tx.requests.items(request.id),
      events: await tx.requests.events(request.id),
    }));
    expect(stored.row).toMatchObject({
      reference: 'WOO-000001',
      version: 1,
      phase: 'received',
      regime: 'woo',
      receivedOn: '2026-11-02',
      decisionDeadline: '2026-11-30',
      searchText: 'documenten over de herinrichting van het stationsplein j. de vries',
      statusTokenHash: hashToken(statusToken),
      statusTokenGeneration: 1,
      createdAt: NOW_INSTANT,
    });
    expect(stored.items.map((i) => [i.number, i.text, i.outcome])).toEqual([
      [1, 'Verkeersbesluiten', null],
      [2, 'Adviezen', null],
      [3, 'Mails met de aannemer', null],
    ]);
    expect(stored.events).toEqual([
      expect.objectContaining({
        sequence: 1,
        type: 'request_received',
        occurredOn: '2026-11-02',
        actorId: fx.clerk.userId,
        recordedAt: NOW_INSTANT,
      }),
    ]);
  });

  it('should queue the acknowledgement with the status link in the same transaction', async () => {
    const { request, statusToken } = await fx.workflow.create(fx.clerk, wooRequest());
    const mail = fx.storage.queuedMail();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      dedupeKey: `notice:${request.id}:1:j.devries@example.nl`,
      kind: 'notice.state_changed',
    });
    expect(JSON.parse(mail[0].context)).toMatchObject({
      change: { acknowledgement: true, phase: 'received' },
      statusUrl: `https://wobdesk.example/status/${statusToken}`,
    });
  });

  it('should record the assignment as a second event', async () => {
    const { request } = await fx.workflow.create(
      fx.coordinator,
      wooRequest({ assigneeId: fx.clerk.userId }),
    );
    expect(request.assignee).toEqual({ id: fx.clerk.userId, name: fx.clerk.name });
    const events = await fx.storage.read((tx) => tx.requests.events(request.id));
    expect(events.map((e) => [e.sequence, e.type, e.payload])).toEqual([
      [1, 'request_received', expect.any(Object)],
      [2, 'assigned', { assigneeId: fx.clerk.userId }],
    ]);
  });

  it('should roll back the reserved reference when the assignee is refused', async () => {
    await expect(
      fx.workflow.create(fx.coordinator, wooRequest({ assigneeId: fx.outsider.userId })),
    ).rejects.toMatchObject({ kind: 'invalid', code: 'REQUEST.UNKNOWN_ASSIGNEE' });
    expect(fx.storage.queuedMail()).toEqual([]);
    const { request } = await fx.workflow.create(fx.clerk, wooRequest());
    expect(request.reference).toBe('WOO-000001');
  });

  it('should refuse bad input naming the field and store nothing', async () => {
    await expect(
      fx.workflow.create(fx.clerk, wooRequest({ receivedOn: '2026-11-31' })),
    ).rejects.toMatchObject({
      code: 'REQUEST.INVALID_INPUT',
      details: expect.objectContaining({ field: 'receivedOn' }),
    });
    const { rows } = await fx.storage.read((tx) =>
      tx.requests.list({
        organisationId: fx.organisationId,
        today: '2026-11-25',
        sort: 'reference',
        order: 'asc',
        offset: 0,
        limit: 10,
      }),
    );
    expect(rows).toEqual([]);
  });

  it("should store the requester's kind: a person unless an organisation is said", async () => {
    const person = await fx.workflow.create(fx.clerk, wooRequest());
    const body = await fx.workflow.create(
      fx.clerk,
      wooRequest({ requester: { name: 'Stichting Open Stad', kind: 'organisation' } }),
    );
    expect(person.request.requester.kind).toBe('person');
    expect(body.request.requester.kind).toBe('organisation');
    const row = await fx.storage.read((tx) => tx.requests.find(fx.organisationId, body.request.id));
    expect(row?.requesterKind).toBe('organisation');
    await expect(
      fx.workflow.create(
        fx.clerk,
        wooRequest({ requester: { name: 'X', kind: 'company' as never } }),
      ),
    ).rejects.toMatchObject({
      code: 'REQUEST.INVALID_INPUT',
      details: expect.objectContaining({ field: 'requester.kind' }),
    });
  });
});
