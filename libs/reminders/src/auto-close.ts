import { Injectable } from '@nestjs/common';
import type { DueReminder } from '@wobdesk/domain';
import { type OutboxDraft, Outbox } from '@wobdesk/mail';
import { domainStep, plannerActor, RequestChanges, WorkflowError } from '@wobdesk/register';

/**
 * Closes a request whose objection window and postal week have ended: the decision is final
 * (onherroepelijk, Awb 6:7, 6:9 lid 2). Through RequestChanges like any change, as the planner
 * (no user), with the `closed` event on the day after the postal week, a `closed_automatically`
 * workflow event, and the clerk's message queued in the same transaction.
 */
@Injectable()
export class AutoClose {
  constructor(
    private readonly changes: RequestChanges,
    private readonly outbox: Outbox,
  ) {}

  /**
   * 'closed', or 'skipped' when the request is no longer in its objection window (an objection
   * was recorded, a clerk closed it, another sweeper was first): then nothing is written.
   */
  async close(
    organisationId: string,
    requestId: string,
    reminder: DueReminder,
    drafts: readonly OutboxDraft[],
  ): Promise<'closed' | 'skipped'> {
    const actor = plannerActor(organisationId);
    try {
      await this.changes.run(actor, requestId, undefined, async (ctx) => {
        const step = domainStep(ctx, { type: 'closeAsFinal', occurredOn: reminder.dueOn });
        for (const draft of drafts) await this.outbox.enqueue(ctx.tx, draft);
        return {
          events: [
            ...step.events,
            {
              type: 'closed_automatically',
              occurredOn: reminder.dueOn.toString(),
              payload: {
                by: actor.name,
                reason: 'objection_window_ended',
                postalReceiptBy: reminder.deadline.toString(),
                article: reminder.rule.article,
              },
            },
          ],
          state: step.state,
        };
      });
      return 'closed';
    } catch (error) {
      if (error instanceof WorkflowError && ['domain', 'not_found'].includes(error.kind)) {
        return 'skipped';
      }
      throw error;
    }
  }
}
