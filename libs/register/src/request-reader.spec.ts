// The request view on the in-memory fakes: what a clerk reads, and only in their organisation.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { aRequest, storeRequest } from '@wobdesk/testing';
import { registerOnFakes, type RegisterOnFakes } from './register-on-fakes.spec-helper.js';
import { RequestReader } from './request-reader.js';

describe(`${RequestReader.name} on fakes`, () => {
  let fx: RegisterOnFakes;
  let requestId: string;

  beforeEach(async () => {
    fx = await registerOnFakes();
    const request = aRequest(fx.organisationId, {
      columns: { reference: 'WOO-000042', assigneeId: fx.clerk.userId },
    });
    requestId = await storeRequest(fx.storage, request, fx.coordinator.userId);
  });

  it('should show the stored request with its items, assignee and folded deadlines', async () => {
    const view = await fx.reader.get(fx.clerk, requestId);
    expect(view).toMatchObject({
      id: requestId,
      reference: 'WOO-000042',
      version: 1,
      regime: 'woo',
      phase: 'received',
      phaseNl: 'Ontvangen',
      receivedOn: '2026-11-02',
      channel: 'email',
      decisionDeadline: '2026-11-30',
      overdue: false,
      requester: { name: 'J. de Vries', email: 'j.devries@example.nl' },
      assignee: { id: fx.clerk.userId, name: fx.clerk.name },
      statusLink: 'active',
      conversations: [],
    });
    expect(view.items.map((i) => [i.number, i.text])).toEqual([
      [1, 'Verkeersbesluiten'],
      [2, 'Adviezen'],
      [3, 'Mails met de aannemer'],
    ]);
    expect(String(view.deadlines.decisionDeadline.date)).toBe('2026-11-30');
  });

  it('should show the history with who recorded each event', async () => {
    const events = await fx.reader.events(fx.clerk, requestId);
    expect(events).toEqual([
      expect.objectContaining({
        sequence: 1,
        type: 'request_received',
        occurredOn: '2026-11-02',
        actor: { id: fx.coordinator.userId, name: fx.coordinator.name },
      }),
    ]);
  });

  it("should answer another organisation's request as not found", async () => {
    await expect(fx.reader.get(fx.outsider, requestId)).rejects.toMatchObject({
      kind: 'not_found',
      code: 'REQUEST.NOT_FOUND',
    });
    await expect(fx.reader.events(fx.outsider, requestId)).rejects.toMatchObject({
      code: 'REQUEST.NOT_FOUND',
    });
  });
});
