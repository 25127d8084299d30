import { Injectable } from '@nestjs/common';
import { LocalDate, PENDING_PHASES } from '@wobdesk/domain';
import { Outbox } from '@wobdesk/mail';
import {
  findRecipients,
  OrganisationEntity,
  RequestEntity,
  serialRead,
  serialTransaction,
  UserEntity,
} from '@wobdesk/persistence';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type DigestItem, digestDraft } from './reminder-mail.js';

/** Items listed per section of a digest (due this week, overdue, closed). */
export const DIGEST_ITEMS = 50;

interface DigestRow extends DigestItem {
  readonly organisationId: string;
  readonly assigneeId: string | null;
}

/**
 * The daily digest to each organisation's coordinators: undecided requests due within seven days
 * (`decision_due`, `decision_due_today`), the longest-overdue ones (`decision_overdue`), and those
 * closed as final since the last digest (`objection_window_ended`), at most DIGEST_ITEMS of each.
 * Only organisations with a coordinator are read, each with queries that stop after DIGEST_ITEMS
 * rows in the order of IDX_request_org_phase_deadline (organisation, phase, decision deadline,
 * suspended since), so a backlog of thousands of overdue requests costs no more than fifty. One
 * message per coordinator and day (key `digest:<organisation>:<day>:<email>`); organisations with
 * nothing to report get none.
 */
@Injectable()
export class CoordinatorDigest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Queues today's digests; returns how many messages were inserted. */
  async queue(today: LocalDate, lastDigestOn: LocalDate | undefined): Promise<number> {
    const since = lastDigestOn && lastDigestOn.isBefore(today) ? lastDigestOn : today.minusDays(1);
    const { byOrg, users, coordinators, names } = await serialRead(this.dataSource, async (em) => {
      const orgIds = (
        await em
          .createQueryBuilder(UserEntity, 'u')
          .select('DISTINCT u.organisation_id', 'organisation_id')
          .where("u.role = 'coordinator'")
          .getRawMany<{ organisation_id: string }>()
      ).map((r) => r.organisation_id);
      const byOrg = new Map<string, DigestRow[]>();
      for (const orgId of orgIds) {
        const rows = await this.read(em, orgId, today, since);
        if (rows.length > 0) byOrg.set(orgId, rows);
      }
      const ids = [...byOrg.keys()];
      const assignees = [
        ...new Set([...byOrg.values()].flat().flatMap((r) => (r.assigneeId ? [r.assigneeId] : []))),
      ];
      const organisations = ids.length
        ? await em.find(OrganisationEntity, { where: { id: In(ids) } })
        : [];
      return {
        byOrg,
        ...(await findRecipients(em, assignees, ids)),
        names: new Map(organisations.map((o) => [o.id, o.name])),
      };
    });
    if (byOrg.size === 0) return 0;
    return serialTransaction(this.dataSource, async (em) => {
      let inserted = 0;
      for (const [orgId, orgRows] of byOrg) {
        const items: DigestItem[] = orgRows.map((r) => {
          const name = r.assigneeId ? users.get(r.assigneeId)?.name : undefined;
          return {
            kind: r.kind,
            dueOn: r.dueOn,
            requestId: r.requestId,
            reference: r.reference,
            subject: r.subject,
            ...(name && { assigneeName: name }),
          };
        });
        for (const coordinator of coordinators.get(orgId) ?? []) {
          const draft = digestDraft(orgId, names.get(orgId) ?? '', today, coordinator, items);
          if (await this.outbox.enqueue(em, draft)) inserted++;
        }
      }
      return inserted;
    });
  }

  /**
   * The digest's queries for one organisation, each bounded by DIGEST_ITEMS (exposed so the
   * benchmark can print their plans): per undecided phase, due within a week and overdue; and
   * the requests closed as final since `since`.
   */
  queries(em: EntityManager, organisationId: string, today: LocalDate, since: LocalDate) {
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
        .limit(DIGEST_ITEMS);
    const undecided = (phase: string) => ({
      due: select('decision_deadline')
        .andWhere('r.phase = :phase', { phase })
        .andWhere('r.decision_deadline BETWEEN :from AND :to', {
          from: today.toString(),
          to: today.plusDays(7).toString(),
        })
        .andWhere('r.suspended_since IS NULL'),
      overdue: select('decision_deadline')
        .andWhere('r.phase = :phase', { phase })
        .andWhere('r.decision_deadline < :today', { today: today.toString() })
        .andWhere('r.suspended_since IS NULL'),
    });
    return {
      undecided: PENDING_PHASES.map(undecided),
      // Closed the day after the postal week (AutoClose): postal week ended in [since, today − 1].
      // An objection decided in those days is excluded (it has an objection-decision deadline).
      closed: select('postal_receipt_by')
        .andWhere("r.phase = 'closed'")
        .andWhere('r.postal_receipt_by BETWEEN :from AND :to', {
          from: since.toString(),
          to: today.minusDays(1).toString(),
        })
        .andWhere('r.objection_decision_deadline IS NULL'),
    };
  }

  private async read(
    em: EntityManager,
    organisationId: string,
    today: LocalDate,
    since: LocalDate,
  ): Promise<DigestRow[]> {
    const q = this.queries(em, organisationId, today, since);
    type Raw = Record<string, string>;
    const due: Raw[] = [];
    const overdue: Raw[] = [];
    for (const phase of q.undecided) {
      due.push(...(await phase.due.getRawMany<Raw>()));
      overdue.push(...(await phase.overdue.getRawMany<Raw>()));
    }
    const closed = await q.closed.getRawMany<Raw>();
    const first = (raws: Raw[]) =>
      raws
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
        .slice(0, DIGEST_ITEMS);
    const row = (r: Raw, kind: DigestItem['kind'], dueOn = r.date): DigestRow => ({
      organisationId,
      assigneeId: r.assignee_id ?? null,
      kind,
      dueOn,
      requestId: r.id,
      reference: r.reference,
      subject: r.subject,
    });
    return [
      ...first(due).map((r) =>
        row(r, r.date === today.toString() ? 'decision_due_today' : 'decision_due'),
      ),
      // The longest-waiting first.
      ...first(overdue).map((r) => row(r, 'decision_overdue')),
      // The closing day is the day after the postal week.
      ...first(closed).map((r) =>
        row(r, 'objection_window_ended', LocalDate.parse(r.date).plusDays(1).toString()),
      ),
    ];
  }
}
