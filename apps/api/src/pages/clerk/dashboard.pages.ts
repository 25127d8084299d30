import { Inject, Injectable } from '@nestjs/common';
import { PHASE_LABELS, REQUEST_PHASES } from '@wobdesk/domain';
import type { Actor, RequestListQuery, RequestRegister } from '@wobdesk/workflow';
import type { FastifyInstance } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { listRow } from './clerk-views.js';
import { DASHBOARD_PATH } from './login.pages.js';

const SHOWN = 10;

/** What needs attention now: overdue, due this week, waiting, objection windows; counts per phase. */
@Injectable()
export class DashboardPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      DASHBOARD_PATH,
      this.kit.clerkOnly(async (_request, reply, clerk) => {
        const { actor } = clerk;
        const [overdue, dueThisWeek, waiting, objection] = await Promise.all([
          this.section(actor, { overdue: true }, 'overdue=true'),
          this.section(
            actor,
            { dueWithinDays: 7, overdue: false },
            'dueWithinDays=7&overdue=false',
          ),
          this.section(actor, { waiting: true, sort: 'decisionDeadline' }, 'waiting=true'),
          this.section(actor, { phase: ['objection_window'] }, 'phase=objection_window'),
        ]);
        const counts = await Promise.all(
          REQUEST_PHASES.map(async (phase) => ({
            label: PHASE_LABELS[phase].nl,
            href: `/verzoeken?phase=${phase}`,
            count: (await this.register.list(actor, { phase: [phase], pageSize: 1 })).total,
          })),
        );
        return this.kit.html(
          reply,
          'dashboard',
          { title: 'Overzicht', overdue, dueThisWeek, waiting, objection, counts },
          clerk,
        );
      }),
    );
  }

  private async section(actor: Actor, query: RequestListQuery, listQuery: string) {
    const page = await this.register.list(actor, { ...query, pageSize: SHOWN });
    return {
      total: page.total,
      rows: page.items.map(listRow),
      more: page.total > page.items.length,
      href: `/verzoeken?${listQuery}`,
    };
  }
}
