import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { Inject, Injectable } from '@nestjs/common';
import {
  acknowledgementOverdueIfReceivedBy,
  LocalDate,
  type ObjectionStage,
  PHASE_LABELS,
  REQUEST_PHASES,
} from '@wobdesk/domain';
import type { Actor, RequestListQuery, RequestRegister } from '@wobdesk/register';
import { OutboxDesk } from '@wobdesk/mail';
import type { FastifyInstance } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { FormReader } from '../shared/form-input.js';
import { fieldView } from '../shared/form-view.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { listRow, type People, peopleOf } from './clerk-views.js';
import { DASHBOARD_PATH } from './login.pages.js';
import { deliveryProblemBanner } from './operations-views.js';

const SHOWN = 10;
/** The stages of an objection that ask the clerk to act, each a list on the dashboard. */
const OPEN_OBJECTION_STAGES = [
  'hearing_to_schedule',
  'hearing_scheduled',
  'advice_awaited',
  'decision_due',
] as const satisfies readonly ObjectionStage[];
/** The list page's own parameter (request-list.pages.ts), so "Alle … bekijken" keeps the filter. */
const MINE = 'mine';
const MINE_FIELD = { name: MINE, label: 'Alleen mijn verzoeken', type: 'checkbox' } as const;

/**
 * What needs attention now: overdue, due this week, waiting, notices of default, objection windows,
 * each stage of an objection and open appeal windows, receipts not yet acknowledged (and those
 * past the week), decisions taken but not sent; counts per phase. Each list is one query on
 * indexed columns (phase, receipt date, deadline, objection stage), never a fold of events.
 */
@Injectable()
export class DashboardPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
    private readonly outbox: OutboxDesk,
    private readonly audit: ReadAudit,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      DASHBOARD_PATH,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { actor } = clerk;
        const filter = new FormReader(request.query);
        const mine = filter.checked(MINE);
        // "Mine" is the list query's own assignee filter, applied to every list and count.
        const base: RequestListQuery = mine ? { assigneeId: actor.userId } : {};
        const also = mine ? `&${MINE}=ja` : '';
        const people = peopleOf(await this.register.colleagues(actor));
        const ackOverdueBy = acknowledgementOverdueIfReceivedBy(
          LocalDate.parse(this.kit.today()),
        ).toString();
        const oldestFirst = { sort: 'receivedOn', order: 'asc' } as const;
        const [
          overdue,
          dueThisWeek,
          waiting,
          objection,
          notAcknowledged,
          acknowledgementOverdue,
          notSent,
        ] = await Promise.all([
          this.section(actor, people, { ...base, overdue: true }, `overdue=true${also}`),
          this.section(
            actor,
            people,
            { ...base, dueWithinDays: 7, overdue: false },
            `dueWithinDays=7&overdue=false${also}`,
          ),
          this.section(
            actor,
            people,
            { ...base, waiting: true, sort: 'decisionDeadline' },
            `waiting=true${also}`,
          ),
          this.section(
            actor,
            people,
            { ...base, phase: ['objection_window'] },
            `phase=objection_window${also}`,
          ),
          this.section(
            actor,
            people,
            { ...base, phase: ['received'], ...oldestFirst },
            `phase=received&sort=receivedOn&order=asc${also}`,
          ),
          this.section(
            actor,
            people,
            { ...base, phase: ['received'], receivedTo: ackOverdueBy, ...oldestFirst },
            `phase=received&receivedTo=${ackOverdueBy}&sort=receivedOn&order=asc${also}`,
          ),
          this.section(
            actor,
            people,
            { ...base, phase: ['decided'], ...oldestFirst },
            `phase=decided&sort=receivedOn&order=asc${also}`,
          ),
        ]);
        const [hearingToSchedule, hearingScheduled, adviceAwaited, objectionDecisionDue] =
          await Promise.all(
            OPEN_OBJECTION_STAGES.map((stage) =>
              this.section(
                actor,
                people,
                { ...base, objectionStage: stage },
                `objectionStage=${stage}${also}`,
              ),
            ),
          );
        const [appealWindow, noticeOfDefault] = await Promise.all([
          this.section(
            actor,
            people,
            { ...base, objectionStage: 'appeal_window' },
            `objectionStage=appeal_window${also}`,
          ),
          this.section(
            actor,
            people,
            { ...base, noticeOfDefault: true },
            `noticeOfDefault=true${also}`,
          ),
        ]);
        // The dashboard's tables name requesters: one record of the page, with every id it shows.
        const shown = [overdue, dueThisWeek, waiting, objection, notAcknowledged]
          .concat([acknowledgementOverdue, notSent, hearingToSchedule, hearingScheduled])
          .concat([adviceAwaited, objectionDecisionDue, appealWindow, noticeOfDefault])
          .flatMap((section) => section.rows.map((row) => row.href.slice('/verzoeken/'.length)));
        await this.audit.record(actor, 'request.list', null, [...new Set(shown)].join(','));
        const counts = await Promise.all(
          REQUEST_PHASES.map(async (phase) => ({
            label: PHASE_LABELS[phase].nl,
            href: `/verzoeken?phase=${phase}${also}`,
            count: (await this.register.list(actor, { ...base, phase: [phase], pageSize: 1 }))
              .total,
          })),
        );
        // Mail that cannot get out concerns every coordinator, whatever the filter.
        const problem =
          actor.role === 'coordinator'
            ? deliveryProblemBanner(await this.outbox.deliveryProblem())
            : null;
        return this.kit.html(
          reply,
          'dashboard',
          {
            problem,
            title: mine ? 'Overzicht: mijn verzoeken' : 'Overzicht',
            mine,
            mineField: fieldView(filter.state(), MINE_FIELD, 'overzicht-'),
            overdue,
            dueThisWeek,
            waiting,
            objection,
            notAcknowledged,
            acknowledgementOverdue,
            notSent,
            hearingToSchedule,
            hearingScheduled,
            adviceAwaited,
            objectionDecisionDue,
            appealWindow,
            noticeOfDefault,
            counts,
          },
          clerk,
        );
      }),
    );
  }

  private async section(actor: Actor, people: People, query: RequestListQuery, listQuery: string) {
    const page = await this.register.list(actor, { ...query, pageSize: SHOWN });
    return {
      total: page.total,
      rows: page.items.map((item) => listRow(item, people)),
      more: page.total > page.items.length,
      href: `/verzoeken?${listQuery}`,
    };
  }
}
