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
import { type DigestContent, type DigestItem, digestDraft } from './reminder-mail.js';

/** Items listed per section of a digest; the totals count all. */
export const DIGEST_ITEMS = 50;

interface DigestRow extends DigestItem {
  readonly organisationId: string;
}

/**
 * The daily digest to each organisation's coordinators: undecided requests due within seven days,
 * overdue ones, and those closed as final since the last digest. Three indexed range queries over
 * all organisations (phase + date, the sweep indexes), grouped here; one message per coordinator
 * and day (key `digest:<organisation>:<day>:<email>`). Organisations with nothing to report get
 * no digest.
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
    const sections = await serialRead(this.dataSource, (em) => this.read(em, today, since));
    const orgIds = [...sections.keys()];
    if (orgIds.length === 0) return 0;
    const { coordinators, names } = await serialRead(this.dataSource, async (em) => ({
      ...(await findRecipients(em, [], orgIds)),
      names: new Map(
        (await em.find(OrganisationEntity, { where: { id: In(orgIds) } })).map((o) => [
          o.id,
          o.name,
        ]),
      ),
    }));
    return serialTransaction(this.dataSource, async (em) => {
      let inserted = 0;
      for (const [orgId, content] of sections) {
        for (const coordinator of coordinators.get(orgId) ?? []) {
          const draft = digestDraft(orgId, names.get(orgId) ?? '', today, coordinator, content);
          if (await this.outbox.enqueue(em, draft)) inserted++;
        }
      }
      return inserted;
    });
  }

  private async read(
    em: EntityManager,
    today: LocalDate,
    since: LocalDate,
  ): Promise<Map<string, DigestContent>> {
    const select = (dateColumn: string) =>
      em
        .createQueryBuilder(RequestEntity, 'r')
        .select([
          'r.id AS id',
          'r.organisation_id AS organisation_id',
          'r.reference AS reference',
          'r.subject AS subject',
          `r.${dateColumn} AS date`,
        ])
        .orderBy(`r.${dateColumn}`, 'ASC');
    const pending = [...PENDING_PHASES];
    const due = await select('decision_deadline')
      .where('r.phase IN (:...pending)', { pending })
      .andWhere('r.decision_deadline BETWEEN :from AND :to', {
        from: today.toString(),
        to: today.plusDays(7).toString(),
      })
      .andWhere('r.suspended_since IS NULL')
      .getRawMany<Record<string, string>>();
    const overdue = await select('decision_deadline')
      .where('r.phase IN (:...pending)', { pending })
      .andWhere('r.decision_deadline < :today', { today: today.toString() })
      .andWhere('r.suspended_since IS NULL')
      .getRawMany<Record<string, string>>();
    // Closed the day after the postal week (AutoClose): postal week ended in [since, today − 1].
    // An objection decided in those days is excluded (it has an objection-decision deadline).
    const closed = await select('postal_receipt_by')
      .where("r.phase = 'closed'")
      .andWhere('r.postal_receipt_by BETWEEN :from AND :to', {
        from: since.toString(),
        to: today.minusDays(1).toString(),
      })
      .andWhere('r.objection_decision_deadline IS NULL')
      .getRawMany<Record<string, string>>();
    const byOrg = new Map<
      string,
      { due: DigestRow[]; overdue: DigestRow[]; closed: DigestRow[] }
    >();
    const add = (section: 'due' | 'overdue' | 'closed', raws: Record<string, string>[]) => {
      for (const r of raws) {
        const entry = byOrg.get(r.organisation_id) ?? { due: [], overdue: [], closed: [] };
        entry[section].push({
          organisationId: r.organisation_id,
          requestId: r.id,
          reference: r.reference,
          subject: r.subject,
          // The closing day is the day after the postal week.
          date: section === 'closed' ? LocalDate.parse(r.date).plusDays(1).toString() : r.date,
        });
        byOrg.set(r.organisation_id, entry);
      }
    };
    add('due', due);
    add('overdue', overdue);
    add('closed', closed);
    const result = new Map<string, DigestContent>();
    for (const [orgId, s] of byOrg) {
      const items = (rows: DigestRow[]) =>
        rows.slice(0, DIGEST_ITEMS).map(({ requestId, reference, subject, date }) => ({
          requestId,
          reference,
          subject,
          date,
        }));
      result.set(orgId, {
        dueThisWeek: items(s.due),
        overdue: items(s.overdue),
        closedAutomatically: items(s.closed),
        totals: {
          dueThisWeek: s.due.length,
          overdue: s.overdue.length,
          closedAutomatically: s.closed.length,
        },
      });
    }
    return result;
  }
}
