import { Injectable } from '@nestjs/common';
import { OutboxDesk } from '@wobdesk/mail';
import { SchedulerStatusReader } from '@wobdesk/reminders';
import type { FastifyInstance } from 'fastify';
import { UUID_SHAPE } from '../../common/validation.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { deliveryProblemBanner, outboxRow, schedulerView } from './operations-views.js';

export const OUTBOX_PATH = '/beheer/uitgaande-post';
export const SCHEDULER_PATH = '/beheer/planner';
const MAY_OUTBOX = 'de uitgaande post bekijken';
const MAY_SCHEDULER = 'de planner bekijken';

/**
 * The coordinator's outbox page (waiting and failed mail, why, resend) and scheduler page (the
 * last sweep, the lease, the mail sender). What a message says is not shown: only what an
 * administrator needs to see that mail is stuck and why.
 */
@Injectable()
export class OperationsPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly desk: OutboxDesk,
    private readonly scheduler: SchedulerStatusReader,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      OUTBOX_PATH,
      this.kit.coordinatorOnly(MAY_OUTBOX, async (request, reply, clerk) => {
        const query = request.query as Record<string, unknown>;
        const overview = await this.desk.overview(clerk.actor.organisationId);
        const rows = overview.messages.map(outboxRow);
        return this.kit.html(
          reply,
          'uitgaande-post',
          {
            title: 'Uitgaande post',
            notice:
              query.opnieuw === '1'
                ? 'Het bericht staat weer in de wachtrij. Wobdesk probeert het zo opnieuw te versturen.'
                : null,
            problem: deliveryProblemBanner(overview.deliveryProblem),
            transport: overview.transport,
            counts: overview.counts,
            retentionDays: overview.retentionDays,
            failed: rows.filter((r) => r.failed),
            waiting: rows.filter((r) => !r.failed),
            truncated: overview.truncated,
          },
          clerk,
        );
      }),
    );
    scope.post(
      `${OUTBOX_PATH}/:id/opnieuw`,
      { preHandler: scope.csrfProtection },
      this.kit.coordinatorOnly(MAY_OUTBOX, async (request, reply, clerk) => {
        const { id } = request.params as { id: string };
        if (!UUID_SHAPE.test(id)) return this.kit.notFound(reply, clerk);
        const outcome = await this.desk.resend(
          clerk.actor.organisationId,
          id.toLowerCase(),
          clerk.actor.userId,
        );
        if (outcome === 'not_found') return this.kit.notFound(reply, clerk);
        if (outcome === 'not_failed') {
          return this.kit.errorPage(
            reply,
            409,
            'Niet opnieuw te versturen',
            'Alleen een mislukt bericht kunt u opnieuw versturen. Dit bericht wacht nog of is al verstuurd.',
            clerk,
          );
        }
        return reply.redirect(`${OUTBOX_PATH}?opnieuw=1`, 303);
      }),
    );
    scope.get(
      SCHEDULER_PATH,
      this.kit.coordinatorOnly(MAY_SCHEDULER, async (_request, reply, clerk) => {
        const view = schedulerView(await this.scheduler.status());
        return this.kit.html(reply, 'planner', { title: 'Planner', ...view }, clerk);
      }),
    );
  }
}
