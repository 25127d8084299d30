import { LocalDate, OBJECTION_STAGES, REGIMES, REQUEST_PHASES } from '@wobdesk/domain';
import type { RequestListFilter } from '@wobdesk/persistence';
import { type RequestListQuery, SORT_FIELDS } from './contract.js';
import { workflowError } from './workflow-errors.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/**
 * The contract's list query as a filter over the stored columns. Defaults: sorted by decision
 * deadline, ascending; page 1 of 25. Anything malformed is refused naming the field.
 */
export function toListFilter(
  organisationId: string,
  query: RequestListQuery,
  today: LocalDate,
): RequestListFilter & { page: number; pageSize: number } {
  const bad = (field: string, rule: string) => workflowError('LIST.INVALID_QUERY', { field, rule });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw bad('page', 'integer_min_1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw bad('pageSize', `integer_1_to_${MAX_PAGE_SIZE}`);
  }
  const phases = query.phase ?? [];
  if (!Array.isArray(phases) || phases.some((p) => !REQUEST_PHASES.includes(p))) {
    throw bad('phase', `one_of:${REQUEST_PHASES.join('|')}`);
  }
  if (query.regime !== undefined && !REGIMES.includes(query.regime)) {
    throw bad('regime', `one_of:${REGIMES.join('|')}`);
  }
  const sort = query.sort ?? 'decisionDeadline';
  if (!SORT_FIELDS.includes(sort)) throw bad('sort', `one_of:${SORT_FIELDS.join('|')}`);
  const order = query.order ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw bad('order', 'one_of:asc|desc');
  const due = query.dueWithinDays;
  if (due !== undefined && (!Number.isInteger(due) || due < 0 || due > 3660)) {
    throw bad('dueWithinDays', 'integer_0_to_3660');
  }
  if (query.overdue !== undefined && typeof query.overdue !== 'boolean') {
    throw bad('overdue', 'boolean');
  }
  if (query.waiting !== undefined && typeof query.waiting !== 'boolean') {
    throw bad('waiting', 'boolean');
  }
  if (query.noticeOfDefault !== undefined && typeof query.noticeOfDefault !== 'boolean') {
    throw bad('noticeOfDefault', 'boolean');
  }
  const stage = query.objectionStage;
  if (stage !== undefined && !OBJECTION_STAGES.includes(stage)) {
    throw bad('objectionStage', `one_of:${OBJECTION_STAGES.join('|')}`);
  }
  for (const field of ['receivedFrom', 'receivedTo'] as const) {
    const value = query[field];
    if (value !== undefined && (typeof value !== 'string' || !LocalDate.isValid(value))) {
      throw bad(field, 'date');
    }
  }
  if (query.text !== undefined && (typeof query.text !== 'string' || query.text.length > 200)) {
    throw bad('text', 'max_length_200');
  }
  if (query.assigneeId !== undefined && typeof query.assigneeId !== 'string') {
    throw bad('assigneeId', 'string');
  }
  return {
    organisationId,
    today: today.toString(),
    ...(phases.length > 0 && { phases }),
    ...(query.assigneeId !== undefined && { assigneeId: query.assigneeId }),
    ...(due !== undefined && { dueBy: today.plusDays(due).toString() }),
    ...(query.overdue !== undefined && { overdue: query.overdue }),
    ...(query.waiting !== undefined && { waiting: query.waiting }),
    ...(query.noticeOfDefault !== undefined && { noticeOfDefault: query.noticeOfDefault }),
    ...(stage !== undefined && { objectionStage: stage }),
    ...(query.regime !== undefined && { regime: query.regime }),
    ...(query.receivedFrom !== undefined && { receivedFrom: query.receivedFrom }),
    ...(query.receivedTo !== undefined && { receivedTo: query.receivedTo }),
    ...(query.text !== undefined && query.text.trim() !== '' && { text: query.text }),
    sort,
    order,
    offset: (page - 1) * pageSize,
    limit: pageSize,
    page,
    pageSize,
  };
}
