import { PENDING_PHASES, PHASE_LABELS, type RequestPhase } from '@wobdesk/domain';
import type { RequestListItem } from '@wobdesk/register';

/** User id → name, for the tables' "Behandelaar" column (one query per page, not per list). */
export type People = Readonly<Record<string, string>>;

export function peopleOf(users: readonly { id: string; name: string }[]): People {
  return Object.fromEntries(users.map((u) => [u.id, u.name]));
}

/** A row of a request table (dashboard and list). */
export function listRow(item: RequestListItem, people: People) {
  return {
    href: `/verzoeken/${item.id}`,
    reference: item.reference,
    subject: item.subject,
    requesterName: item.requesterName,
    phaseNl: PHASE_LABELS[item.phase].nl,
    assigneeName: (item.assigneeId !== undefined && people[item.assigneeId]) || null,
    receivedOn: item.receivedOn,
    // After the decision its old deadline only distracts; the last column says what runs now.
    decisionDeadline: PENDING_PHASES.includes(item.phase) ? item.decisionDeadline : null,
    overdue: item.overdue,
    suspendedUntil: item.suspendedUntil ?? null,
    objectionWindowEndsOn: item.objectionWindowEndsOn ?? null,
  };
}

export function phaseOptions(selected: readonly string[]) {
  return (Object.keys(PHASE_LABELS) as RequestPhase[]).map((phase) => ({
    value: phase,
    label: PHASE_LABELS[phase].nl,
    selected: selected.includes(phase),
  }));
}
