import type { RequestPhase } from '@wobdesk/domain';
import type { EntityManager } from 'typeorm';
import { RequestEntity } from '../entities/request.entity.js';

/** What the coordinators' digest asks of one organisation (dates 'YYYY-MM-DD'). */
export interface DigestSections {
  readonly undecidedPhases: readonly RequestPhase[];
  readonly dueWithin: { readonly from: string; readonly to: string };
  readonly overdueBefore: string;
  readonly closedBetween: { readonly from: string; readonly to: string };
  readonly limit: number;
}

/**
 * The digest's queries for one organisation, each bounded by `limit` in the order of
 * IDX_request_org_phase_deadline (exported so the benchmark can print their plans): per
 * undecided phase, due within the window and overdue; and the requests closed as final in
 * `closedBetween` (the postal week ended then; an objection decided since is excluded).
 */
export function digestQueries(em: EntityManager, organisationId: string, s: DigestSections) {
  const select = (dateColumn: string) =>
    em
      .createQueryBuilder(RequestEntity, 'r')
      .select([
        'r.id AS id',
        'r.reference AS reference',
        'r.subject AS subject',
        'r.assignee_id AS assignee_id',
        `r.${dateColumn} AS date`,
      ])
      .where('r.organisation_id = :organisationId', { organisationId })
      .orderBy(`r.${dateColumn}`, 'ASC')
      .limit(s.limit);
  const undecided = (phase: string) => ({
    due: select('decision_deadline')
      .andWhere('r.phase = :phase', { phase })
      .andWhere('r.decision_deadline BETWEEN :from AND :to', s.dueWithin)
      .andWhere('r.suspended_since IS NULL'),
    overdue: select('decision_deadline')
      .andWhere('r.phase = :phase', { phase })
      .andWhere('r.decision_deadline < :today', { today: s.overdueBefore })
      .andWhere('r.suspended_since IS NULL'),
  });
  return {
    undecided: s.undecidedPhases.map(undecided),
    closed: select('postal_receipt_by')
      .andWhere("r.phase = 'closed'")
      .andWhere('r.postal_receipt_by BETWEEN :from AND :to', s.closedBetween)
      .andWhere('r.objection_decision_deadline IS NULL'),
  };
}
