import { Injectable } from '@nestjs/common';
import { LocalDate, PENDING_PHASES } from '@wobdesk/domain';
import { Outbox } from '@wobdesk/mail';
import {
  type DigestCandidate,
  type DigestSections,
  type Repositories,
  UnitOfWork,
} from '@wobdesk/persistence';
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
    private readonly storage: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  /** Queues today's digests; returns how many messages were inserted. */
  async queue(today: LocalDate, lastDigestOn: LocalDate | undefined): Promise<number> {
    const since = lastDigestOn && lastDigestOn.isBefore(today) ? lastDigestOn : today.minusDays(1);
    const { byOrg, users, coordinators, names } = await this.storage.read(async (tx) => {
      const orgIds = await tx.users.organisationsWithCoordinator();
      const byOrg = new Map<string, DigestRow[]>();
      for (const orgId of orgIds) {
        const rows = await this.read(tx, orgId, today, since);
        if (rows.length > 0) byOrg.set(orgId, rows);
      }
      const ids = [...byOrg.keys()];
      const assignees = [
        ...new Set([...byOrg.values()].flat().flatMap((r) => (r.assigneeId ? [r.assigneeId] : []))),
      ];
      return {
        byOrg,
        ...(await tx.users.recipients(assignees, ids)),
        names: await tx.organisations.names(ids),
      };
    });
    if (byOrg.size === 0) return 0;
    return this.storage.transaction(async (tx) => {
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
          if (await this.outbox.enqueue(tx, draft)) inserted++;
        }
      }
      return inserted;
    });
  }

  private async read(
    tx: Repositories,
    organisationId: string,
    today: LocalDate,
    since: LocalDate,
  ): Promise<DigestRow[]> {
    const { due, overdue, closed } = await tx.reminders.digestCandidates(
      organisationId,
      digestSections(today, since),
    );
    type Raw = DigestCandidate;
    const first = (raws: Raw[]) =>
      raws
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
        .slice(0, DIGEST_ITEMS);
    const row = (r: Raw, kind: DigestItem['kind'], dueOn = r.date): DigestRow => ({
      organisationId,
      assigneeId: r.assigneeId,
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

/**
 * What the digest asks of each organisation: per undecided phase, due within seven days and
 * overdue; and the requests closed as final since `since` (closed the day after the postal week,
 * so the postal week ended in [since, today − 1]). Exported so the benchmark can print the plans.
 */
export function digestSections(today: LocalDate, since: LocalDate): DigestSections {
  return {
    undecidedPhases: PENDING_PHASES,
    dueWithin: { from: today.toString(), to: today.plusDays(7).toString() },
    overdueBefore: today.toString(),
    closedBetween: { from: since.toString(), to: today.minusDays(1).toString() },
    limit: DIGEST_ITEMS,
  };
}
