import type { LocalDate } from '@wobdesk/domain';
import type { NewRequestEvent, Repositories } from '@wobdesk/persistence';
import type { Actor } from './actor.js';
import { workflowError } from './workflow-errors.js';

/** The workflow event that records a (re)assignment. */
export function assigned(
  today: LocalDate,
  assigneeId: string,
  previous: string | null,
): NewRequestEvent {
  return {
    type: 'assigned',
    occurredOn: today.toString(),
    payload: { assigneeId, ...(previous !== null && { previousAssigneeId: previous }) },
  };
}

/** The assignee is a user of the actor's organisation; only a coordinator assigns others. */
export async function checkAssignee(
  tx: Pick<Repositories, 'users'>,
  actor: Actor,
  assigneeId: string,
): Promise<void> {
  const user = await tx.users.findInOrganisation(actor.organisationId, assigneeId);
  if (!user) throw workflowError('REQUEST.UNKNOWN_ASSIGNEE', { assigneeId });
  if (actor.role !== 'coordinator' && assigneeId !== actor.userId) {
    throw workflowError('REQUEST.ASSIGN_FORBIDDEN', { assigneeId });
  }
}
