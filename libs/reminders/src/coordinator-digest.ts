import { Injectable } from '@nestjs/common';
import { LocalDate, PENDING_PHASES } from '@wobdesk/domain';
import { Outbox } from '@wobdesk/mail';
import {
  findRecipients,
  OrganisationEntity,
  RequestEntity,
  serialRead,
  serialTransaction,
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
 * (`decision_due`, `decision_due_today`), overdue ones (`decision_overdue`), and those closed as
 * final since the last digest (`objection_window_ended`). Three indexed range queries over all
 * organisations (phase + date: the sweep indexes), grouped here; one message per coordinator and
 * day (key `digest:<organisation>:<day>:<email>`). Organisations with nothing to report get none.
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
    const rows = await serialRead(this.dataSource, (em) => this.read(em, today, since));
    const byOrg = new Map<string, DigestRow[]>();
    for (const row of rows)
      byOrg.set(row.organisationId, [...(byOrg.get(row.organisationId) ?? []), row]);
    const orgIds = [...byOrg.keys()];
    if (orgIds.length === 0) return 0;
    const assignees = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
    const { users, coordinators, names } = await serialRead(this.dataSource, async (em) => ({
      ...(await findRecipients(em, assignees, orgIds)),
      names: new Map(
        (await em.find(OrganisationEntity, { where: { id: In(orgIds) } })).map((o) => [
          o.id,
          o.name,
        ]),
      ),
    }));
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
   * The digest's three queries (due within a week, overdue, closed as final since `since`),
   * exposed so the benchmark can print their plans.
   */
  queries(em: EntityManager, today: LocalDate, since: LocalDate) {
    const select = (dateColumn: string) =>
      em
        .createQueryBuilder(RequestEntity, 'r')
        .select([
          'r.id AS id',
          'r.organisation_id AS organisation_id',
          'r.reference AS reference',
          'r.subject AS subject',
          'r.assignee_id AS assignee_id',
          `r.${dateColumn} AS date`,
        ])
        .orderBy(`r.${dateColumn}`, 'ASC')
        .addOrderBy('r.id', 'ASC');
    const pending = [...PENDING_PHASES];
    return {
      due: select('decision_deadline')
        .where('r.phase IN (:...pending)', { pending })
        .andWhere('r.decision_deadline BETWEEN :from AND :to', {
          from: today.toString(),
          to: today.plusDays(7).toString(),
        })
        .andWhere('r.suspended_since IS NULL'),
      overdue: select('decision_deadline')
        .where('r.phase IN (:...pending)', { pending })
        .andWhere('r.decision_deadline < :today', { today: today.toString() })
        .andWhere('r.suspended_since IS NULL'),
      // Closed the day after the postal week (AutoClose): postal week ended in [since, today − 1].
      // An objection decided in those days is excluded (it has an objection-decision deadline).
      closed: select('postal_receipt_by')
        .where("r.phase = 'closed'")
        .andWhere('r.postal_receipt_by BETWEEN :from AND :to', {
          from: since.toString(),
          to: today.minusDays(1).toString(),
        })
        .andWhere('r.objection_decision_deadline IS NULL'),
    };
  }

  private async read(em: EntityManager, today: LocalDate, since: LocalDate): Promise<DigestRow[]> {
    const q = this.queries(em, today, since);
    const due = await q.due.getRawMany<Record<string, string>>();
    const overdue = await q.overdue.getRawMany<Record<string, string>>();
    const closed = await q.closed.getRawMany<Record<string, string>>();
    const rows: DigestRow[] = [];
    const add = (
      raws: Record<string, string>[],
      kind: (r: Record<string, string>) => DigestItem['kind'],
      shift = 0,
    ) => {
      const perOrg = new Map<string, number>();
      for (const r of raws) {
        const n = perOrg.get(r.organisation_id) ?? 0;
        perOrg.set(r.organisation_id, n + 1);
        if (n >= DIGEST_ITEMS) continue;
        rows.push({
          organisationId: r.organisation_id,
          assigneeId: r.assignee_id ?? null,
          kind: kind(r),
          // The closing day is the day after the postal week.
          dueOn: LocalDate.parse(r.date).plusDays(shift).toString(),
          requestId: r.id,
          reference: r.reference,
          subject: r.subject,
        });
      }
    };
    add(due, (r) => (r.date === today.toString() ? 'decision_due_today' : 'decision_due'));
    // Most overdue first is the order above; the digest lists the longest-waiting ones.
    add(overdue, () => 'decision_overdue');
    add(closed, () => 'objection_window_ended', 1);
    return rows;
  }
}
