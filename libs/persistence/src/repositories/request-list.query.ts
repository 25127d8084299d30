import {
  type ObjectionStage,
  PENDING_PHASES,
  type Regime,
  type RequestPhase,
} from '@wobdesk/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { RequestEntity } from '../entities/request.entity.js';

/** The sortable columns (entity property names); each leads an index after organisation_id. */
export const REQUEST_SORT_COLUMNS = [
  'receivedOn',
  'decisionDeadline',
  'reference',
  'updatedAt',
] as const;

/** A list query over the stored, indexed columns; dates 'YYYY-MM-DD'. */
export interface RequestListFilter {
  readonly organisationId: string;
  /** Today (Europe/Amsterdam), for "overdue" and "due within". */
  readonly today: string;
  readonly phases?: readonly RequestPhase[];
  readonly assigneeId?: string;
  /** Undecided, decision deadline from today up to and including this date. */
  readonly dueBy?: string;
  readonly overdue?: boolean;
  /** Undecided and waiting for a third party's view or the requester's clarification (term suspended). */
  readonly waiting?: boolean;
  /**
   * Where the objection stands (libs/domain objectionStage); `appeal_window` only while the
   * appeal window has not ended on `today`.
   */
  readonly objectionStage?: ObjectionStage;
  /** Undecided with a notice of default received (Awb 4:17, 6:12): still to be decided. */
  readonly noticeOfDefault?: boolean;
  readonly regime?: Regime;
  readonly receivedFrom?: string;
  readonly receivedTo?: string;
  /** Case-insensitive substring of the subject or the requester's name. */
  readonly text?: string;
  readonly sort: (typeof REQUEST_SORT_COLUMNS)[number];
  readonly order: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
}

export type RequestListRow = Pick<
  RequestEntity,
  | 'id'
  | 'reference'
  | 'subject'
  | 'requesterName'
  | 'phase'
  | 'regime'
  | 'receivedOn'
  | 'decisionDeadline'
  | 'assigneeId'
  | 'version'
  | 'suspendedSince'
  | 'suspendedUntil'
  | 'objectionWindowEndsOn'
  | 'objectionStage'
  | 'hearingOn'
  | 'objectionDecisionDeadline'
  | 'appealWindowEndsOn'
  | 'noticeOfDefaultTwoWeeksEnd'
>;

/**
 * The page and the total count of a list query. Reads columns only (no events, no fold), so the
 * indexes of the `request` table serve every filter and sort; the text search is a portable
 * `LIKE` over the stored, lower-cased `search_text` (subject + requester name).
 */
export async function listRequests(
  em: EntityManager,
  filter: RequestListFilter,
): Promise<{ rows: RequestListRow[]; total: number }> {
  const qb = em
    .createQueryBuilder(RequestEntity, 'r')
    .select([
      'r.id',
      'r.reference',
      'r.subject',
      'r.requesterName',
      'r.phase',
      'r.regime',
      'r.receivedOn',
      'r.decisionDeadline',
      'r.assigneeId',
      'r.version',
      'r.suspendedSince',
      'r.suspendedUntil',
      'r.objectionWindowEndsOn',
      'r.objectionStage',
      'r.hearingOn',
      'r.objectionDecisionDeadline',
      'r.appealWindowEndsOn',
      'r.noticeOfDefaultTwoWeeksEnd',
    ])
    .where('r.organisation_id = :organisationId', { organisationId: filter.organisationId });
  applyFilters(qb, filter);
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  qb.orderBy(`r.${filter.sort}`, direction)
    .addOrderBy('r.id', direction)
    .offset(filter.offset)
    .limit(filter.limit);
  const [rows, total] = await qb.getManyAndCount();
  return { rows, total };
}

function applyFilters(qb: SelectQueryBuilder<RequestEntity>, f: RequestListFilter): void {
  const pending = [...PENDING_PHASES];
  if (f.phases && f.phases.length > 0) qb.andWhere('r.phase IN (:...phases)', { phases: f.phases });
  if (f.assigneeId !== undefined)
    qb.andWhere('r.assignee_id = :assigneeId', { assigneeId: f.assigneeId });
  if (f.regime !== undefined) qb.andWhere('r.regime = :regime', { regime: f.regime });
  if (f.receivedFrom !== undefined) {
    qb.andWhere('r.received_on >= :receivedFrom', { receivedFrom: f.receivedFrom });
  }
  if (f.receivedTo !== undefined)
    qb.andWhere('r.received_on <= :receivedTo', { receivedTo: f.receivedTo });
  if (f.dueBy !== undefined) {
    qb.andWhere(
      'r.phase IN (:...duePending) AND r.decision_deadline >= :dueFrom AND r.decision_deadline <= :dueBy',
      { duePending: pending, dueFrom: f.today, dueBy: f.dueBy },
    );
  }
  // Overdue: undecided, the deadline has passed, and no suspension of unknown length is running
  // (while one runs, the real deadline moves along with today).
  if (f.overdue === true) {
    qb.andWhere(
      'r.phase IN (:...overduePending) AND r.decision_deadline < :overdueToday AND r.suspended_since IS NULL',
      { overduePending: pending, overdueToday: f.today },
    );
  } else if (f.overdue === false) {
    qb.andWhere(
      '(r.phase NOT IN (:...overduePending) OR r.decision_deadline >= :overdueToday OR r.suspended_since IS NOT NULL)',
      { overduePending: pending, overdueToday: f.today },
    );
  }
  if (f.waiting === true) {
    qb.andWhere(
      'r.phase IN (:...waitingPending) AND r.suspended_until IS NOT NULL AND r.suspended_until >= :waitingToday',
      { waitingPending: pending, waitingToday: f.today },
    );
  }
  if (f.objectionStage !== undefined) {
    qb.andWhere('r.objection_stage = :objectionStage', { objectionStage: f.objectionStage });
    if (f.objectionStage === 'appeal_window') {
      qb.andWhere('r.appeal_window_ends_on >= :appealToday', { appealToday: f.today });
    }
  }
  if (f.noticeOfDefault === true) {
    qb.andWhere(
      'r.phase IN (:...defaultPending) AND r.notice_of_default_two_weeks_end IS NOT NULL',
      { defaultPending: pending },
    );
  }
  if (f.text !== undefined && f.text.trim() !== '') {
    // search_text is stored lower-cased (requestSearchText), so the pattern is lower-cased here.
    const escaped = f.text
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`);
    qb.andWhere("r.search_text LIKE :text ESCAPE '\\'", { text: `%${escaped}%` });
  }
}

/** Undecided and past its stored deadline, with no suspension of unknown length running. */
export function isOverdueRow(
  row: Pick<RequestEntity, 'phase' | 'decisionDeadline' | 'suspendedSince'>,
  today: string,
): boolean {
  return (
    PENDING_PHASES.includes(row.phase) &&
    row.decisionDeadline < today &&
    row.suspendedSince === null
  );
}
