import { PENDING_PHASES, type RequestPhase } from '@wobdesk/domain';
import type { RequestListFilter, RequestListRow, RequestRecord } from '@wobdesk/persistence';
import { compareValues, copy } from './stores.js';

/**
 * The list query of the requests port over plain rows: the same filters, order (the sort column,
 * then the id, both in the asked direction), page and total as the SQL in request-list.query.ts.
 */
export function listRows(
  requests: readonly RequestRecord[],
  filter: RequestListFilter,
): { rows: RequestListRow[]; total: number } {
  const matching = requests.filter(
    (r) => r.organisationId === filter.organisationId && matches(r, filter),
  );
  const direction = filter.order === 'asc' ? 1 : -1;
  matching.sort(
    (a, b) =>
      direction * (compareValues(a[filter.sort], b[filter.sort]) || compareValues(a.id, b.id)),
  );
  const page = matching.slice(filter.offset, filter.offset + filter.limit);
  return { rows: page.map(toRow), total: matching.length };
}

function matches(r: RequestRecord, f: RequestListFilter): boolean {
  const pending = PENDING_PHASES.includes(r.phase as RequestPhase);
  if (f.phases && f.phases.length > 0 && !f.phases.includes(r.phase)) return false;
  if (f.assigneeId !== undefined && r.assigneeId !== f.assigneeId) return false;
  if (f.regime !== undefined && r.regime !== f.regime) return false;
  if (f.receivedFrom !== undefined && r.receivedOn < f.receivedFrom) return false;
  if (f.receivedTo !== undefined && r.receivedOn > f.receivedTo) return false;
  if (f.dueBy !== undefined) {
    if (!pending || r.decisionDeadline < f.today || r.decisionDeadline > f.dueBy) return false;
  }
  const overdue = pending && r.decisionDeadline < f.today && r.suspendedSince === null;
  if (f.overdue !== undefined && overdue !== f.overdue) return false;
  if (f.waiting === true) {
    if (!pending || r.suspendedUntil === null || r.suspendedUntil < f.today) return false;
  }
  if (f.objectionStage !== undefined) {
    if (r.objectionStage !== f.objectionStage) return false;
    const ended = r.appealWindowEndsOn === null || r.appealWindowEndsOn < f.today;
    if (f.objectionStage === 'appeal_window' && ended) return false;
  }
  if (f.noticeOfDefault === true && (!pending || r.noticeOfDefaultTwoWeeksEnd === null)) {
    return false;
  }
  if (f.text !== undefined && f.text.trim() !== '') {
    if (!r.searchText.includes(f.text.trim().toLowerCase())) return false;
  }
  return true;
}

function toRow(r: RequestRecord): RequestListRow {
  return copy({
    id: r.id,
    reference: r.reference,
    subject: r.subject,
    requesterName: r.requesterName,
    phase: r.phase,
    regime: r.regime,
    receivedOn: r.receivedOn,
    decisionDeadline: r.decisionDeadline,
    assigneeId: r.assigneeId,
    version: r.version,
    suspendedSince: r.suspendedSince,
    suspendedUntil: r.suspendedUntil,
    objectionWindowEndsOn: r.objectionWindowEndsOn,
    objectionStage: r.objectionStage,
    hearingOn: r.hearingOn,
    objectionDecisionDeadline: r.objectionDecisionDeadline,
    appealWindowEndsOn: r.appealWindowEndsOn,
    noticeOfDefaultTwoWeeksEnd: r.noticeOfDefaultTwoWeeksEnd,
  });
}
