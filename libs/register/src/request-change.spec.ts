// The change path on the in-memory fakes: what one command stores, and that a refusal stores
// nothing. The integration tier runs the same path on SQLite.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { LocalDate } from '@wobdesk/domain';
import { aRequest, storeRequest } from '@wobdesk/testing';
import { RequestWorkflowService, WorkflowError } from '@wobdesk/register';
import {
  NOW_INSTANT,
  registerOnFakes,
  type RegisterOnFakes,
} from './register-on-fakes.spec-helper.js';

const d = (iso: string) => LocalDate.parse(iso);

/** The WorkflowError a promise rejects with (fails the test when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<WorkflowError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe(`${RequestWorkflowService.name}.execute on fakes`, () => {
  let fx: RegisterOnFakes;
  let requestId: string;

  /** The request as stored, its events and the queued mail. */
  const storedState = () =>
    fx.storage.read(async (tx) => ({
      row: await tx.requests.find(fx.organisationId, requestId),
      events: await tx.requests.events(requestId),
      mail: fx.storage.queuedMail(),
    }));

  beforeEach(async () => {
    fx = await registerOnFakes();
    // Received on Monday 2 November 2026 by e-mail; the Woo term ends on 30 November.
    requestId = await storeRequest(fx.storage, aRequest(fx.organisationId));
  });

  it('should append the events with the actor and the instant and bump the version', async () => {
    const view = await fx.workflow.execute(fx.clerk, requestId, 1, {
      type: 'acknowledgeReceipt',
      occurredOn: d('2026-11-03'),
    });
    expect(view).toMatchObject({ id: requestId, version: 2, phase: 'acknowledged' });
    const { row, events } = await storedState();
    expect(row).toMatchObject({ version: 2, phase: 'acknowledged', updatedAt: NOW_INSTANT });
    expect(events.map((e) => e.type)).toEqual(['request_received', 'receipt_acknowledged']);
    expect(events[1]).toEqual({
      sequence: 2,
      type: 'receipt_acknowledged',
      occurredOn: '2026-11-03',
      recordedAt: NOW_INSTANT,
      actorId: fx.clerk.userId,
      actorName: fx.clerk.name,
      payload: {},
    });
  });

  it("should queue the requester's notice of a new phase with the change", async () => {
    await fx.workflow.execute(fx.clerk, requestId, 1, {
      type: 'acknowledgeReceipt',
      occurredOn: d('2026-11-03'),
    });
    const { mail } = await storedState();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      dedupeKey: `notice:${requestId}:2:j.devries@example.nl`,
      kind: 'notice.state_changed',
      template: 'notice-state-changed',
      requestId,
      recipientEmail: 'j.devries@example.nl',
      state: 'pending',
      createdAt: NOW_INSTANT,
    });
    expect(JSON.parse(mail[0].context)).toMatchObject({
      organisation: { name: 'Gemeente Utrecht' },
      change: { acknowledgement: false, phase: 'acknowledged', occurredOn: '2026-11-03' },
      decisionDeadline: '2026-11-30',
    });
  });

  it('should rewrite the stored deadline columns from the new state', async () => {
    const view = await fx.workflow.execute(fx.clerk, requestId, 1, {
      type: 'notifyExtension',
      occurredOn: d('2026-11-20'),
      days: 14,
      reason: 'size_or_complexity',
    });
    expect(view.decisionDeadline).toBe('2026-12-14');
    const { row } = await storedState();
    expect(row).toMatchObject({
      decisionDeadline: '2026-12-14',
      firstTermEnd: '2026-11-30',
      extensionNotifiedOn: '2026-11-20',
      version: 2,
    });
  });

  it('should refuse a stale version and store nothing', async () => {
    await fx.workflow.execute(fx.clerk, requestId, 1, {
      type: 'acknowledgeReceipt',
      occurredOn: d('2026-11-03'),
    });
    const before = await storedState();
    const error = await refusal(
      fx.workflow.execute(fx.clerk, requestId, 1, {
        type: 'notifyExtension',
        occurredOn: d('2026-11-10'),
        days: 14,
        reason: 'size_or_complexity',
      }),
    );
    expect(error).toMatchObject({
      kind: 'stale_version',
      code: 'REQUEST.STALE_VERSION',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    expect(await storedState()).toEqual(before);
  });

  it('should turn a domain refusal into a coded error and store nothing', async () => {
    const before = await storedState();
    const error = await refusal(
      fx.workflow.execute(fx.clerk, requestId, undefined, {
        type: 'notifyExtension',
        occurredOn: d('2026-11-10'),
        days: 15,
        reason: 'size_or_complexity',
      }),
    );
    expect(error).toMatchObject({ kind: 'domain', code: 'REQUEST.EXTENSION_TOO_LONG' });
    expect(await storedState()).toEqual(before);
    expect(before.row?.version).toBe(1);
  });

  it("should answer another organisation's request as not found, and store nothing", async () => {
    const before = await storedState();
    const error = await refusal(
      fx.workflow.execute(fx.outsider, requestId, 1, {
        type: 'acknowledgeReceipt',
        occurredOn: d('2026-11-03'),
      }),
    );
    expect(error).toMatchObject({
      kind: 'not_found',
      code: 'REQUEST.NOT_FOUND',
      details: { id: requestId },
    });
    expect(await storedState()).toEqual(before);
  });
});
