import {
  LocalDate,
  nlDate,
  PENDING_PHASES,
  PHASE_LABELS,
  type RequestPhase,
} from '@wobdesk/domain';
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
    detail: objectionDetail(item),
  };
}

/** The date that runs now in the objection procedure or after a notice of default, in words. */
function objectionDetail(item: RequestListItem): string | null {
  if (item.hearingOn) return `hoorzitting op ${nlDate(LocalDate.parse(item.hearingOn))}`;
  if (item.objectionStage === 'appeal_window' && item.appealWindowEndsOn) {
    return `beroep mogelijk tot en met ${nlDate(LocalDate.parse(item.appealWindowEndsOn))}`;
  }
  if (item.objectionStage && item.objectionDecisionDeadline) {
    return `beslissen op bezwaar uiterlijk ${nlDate(LocalDate.parse(item.objectionDecisionDeadline))}`;
  }
  if (PENDING_PHASES.includes(item.phase) && item.noticeOfDefaultTwoWeeksEnd) {
    return `ingebrekestelling: twee weken tot en met ${nlDate(LocalDate.parse(item.noticeOfDefaultTwoWeeksEnd))}`;
  }
  return null;
}

export function phaseOptions(selected: readonly string[]) {
  return (Object.keys(PHASE_LABELS) as RequestPhase[]).map((phase) => ({
    value: phase,
    label: PHASE_LABELS[phase].nl,
    selected: selected.includes(phase),
  }));
}
