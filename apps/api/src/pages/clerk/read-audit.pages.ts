import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import type { ReadAuditPage } from '@wobdesk/persistence';
import type { RequestRegister } from '@wobdesk/register';
import type { FastifyInstance } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { UUID_SHAPE } from '../../common/validation.js';
import { readAuditFilterOf } from '../../read-audit/read-audit.dto.js';
import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { FormReader } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView } from '../shared/form-view.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { READ_AUDIT_PATH, readRow } from './read-audit-views.js';

const PREFIX = 'filter-';
const MAY = 'het inzagelog bekijken';
const FIELDS: readonly FieldSpec[] = [
  { name: 'requestId', label: 'Verzoek', description: 'Het kenmerk, zoals 2848692.' },
  { name: 'from', label: 'Vanaf', type: 'date' },
  { name: 'to', label: 'Tot en met', type: 'date' },
];

/** The coordinator's log of reads, filtered by user, request and dates, 50 a page. */
@Injectable()
export class ReadAuditPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly audit: ReadAudit,
    private readonly config: AppConfig,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      READ_AUDIT_PATH,
      this.kit.coordinatorOnly(MAY, async (request, reply, clerk) => {
        const raw = request.query as Record<string, string | string[] | undefined>;
        const form = new FormReader(raw);
        const userId = form.text('userId', { max: 36 });
        // A coordinator answering a requester works from the kenmerk; the request page's own
        // link to this log gives the id.
        const asked = form.text('requestId', { max: 100 });
        const requestId =
          asked === undefined || UUID_SHAPE.test(asked)
            ? asked
            : await this.register.idOfReference(clerk.actor, asked);
        if (userId !== undefined && !UUID_SHAPE.test(userId))
          form.errors.userId = 'Kies een medewerker uit de lijst.';
        if (asked !== undefined && requestId === undefined)
          form.errors.requestId = `Er is geen verzoek met kenmerk ${asked}.`;
        const from = form.date('from');
        const to = form.date('to');
        const page = form.integer('page', { min: 1, max: 100_000 }) ?? 1;
        const users = await this.register.colleagues(clerk.actor);
        let found: ReadAuditPage = { records: [], page: 1, pageSize: 50, hasMore: false };
        if (form.ok) {
          const query = { userId, requestId, from, to };
          found = await this.audit.search(clerk.actor, readAuditFilterOf(query), page);
        }
        const state = form.state();
        const link = (n: number) => {
          const params = new URLSearchParams();
          for (const [key, value] of Object.entries({ userId, requestId, from, to })) {
            if (value !== undefined) params.set(key, value);
          }
          params.set('page', String(n));
          return `${READ_AUDIT_PATH}?${params.toString()}`;
        };
        return this.kit.html(
          reply,
          'inzagelog',
          {
            title: 'Inzagelog',
            path: READ_AUDIT_PATH,
            retentionDays: this.config.scheduler.readAuditRetentionDays,
            errorSummary: errorSummary(state, PREFIX),
            formError: state.formError,
            users: users.map((u) => ({ id: u.id, name: u.name, selected: u.id === userId })),
            fields: FIELDS.map((f) => fieldView(state, f, PREFIX)),
            rows: found.records.map(readRow),
            page: found.page,
            previous: found.page > 1 ? link(found.page - 1) : null,
            next: found.hasMore ? link(found.page + 1) : null,
          },
          clerk,
          form.ok ? 200 : 400,
        );
      }),
    );
  }
}
