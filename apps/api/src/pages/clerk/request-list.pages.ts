import { ReadAudit } from '../../read-audit/read-audit.service.js';
import { Inject, Injectable } from '@nestjs/common';
import {
  OBJECTION_STAGE_LABELS,
  OBJECTION_STAGES,
  REGIMES,
  type Regime,
  type RequestPhase,
} from '@wobdesk/domain';
import {
  type RequestListQuery,
  type RequestRegister,
  SORT_FIELDS,
  type SortField,
} from '@wobdesk/register';
import type { FastifyInstance } from 'fastify';
import { REQUEST_REGISTER } from '../../common/tokens.js';
import { FormReader, refusalOf } from '../shared/form-input.js';
import { errorSummary, type FieldSpec, fieldView, selectField } from '../shared/form-view.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { listRow, peopleOf, phaseOptions } from './clerk-views.js';

export const LIST_PATH = '/verzoeken';
const PREFIX = 'filter-';

const SORT_LABELS: Record<SortField, string> = {
  decisionDeadline: 'Uiterste besluitdatum',
  receivedOn: 'Datum ontvangst',
  reference: 'Kenmerk',
  updatedAt: 'Laatst gewijzigd',
};

/** The API's list filters as form fields (their names are the API's query parameters). */
const OPTIONAL = { required: false } as const;
const FILTER_FIELDS: readonly FieldSpec[] = [
  { name: 'text', label: 'Zoek in onderwerp of verzoeker' },
  { name: 'dueWithinDays', label: 'Besluit binnen (dagen)', type: 'number' },
  { name: 'receivedFrom', label: 'Ontvangen vanaf', type: 'date' },
  { name: 'receivedTo', label: 'Ontvangen tot en met', type: 'date' },
  selectField('objectionStage', 'Bezwaar', { '': 'Alle', ...OBJECTION_STAGE_LABELS }, OPTIONAL),
  selectField('regime', 'Wet', { '': 'Alle', woo: 'Woo', wob: 'Wob' }, OPTIONAL),
  selectField('sort', 'Sorteer op', SORT_LABELS, OPTIONAL),
  selectField('order', 'Volgorde', { asc: 'Oplopend', desc: 'Aflopend' }, OPTIONAL),
];
const FILTER_CHECKS: readonly FieldSpec[] = [
  { name: 'overdue', label: 'Alleen termijn verstreken', type: 'checkbox' },
  { name: 'waiting', label: 'Alleen wachtend op zienswijze of precisering', type: 'checkbox' },
  {
    name: 'noticeOfDefault',
    label: 'Alleen met ingebrekestelling, nog te beslissen',
    type: 'checkbox',
  },
  { name: 'mine', label: 'Alleen aan mij toegewezen', type: 'checkbox' },
];

/** The register as a table, with the API's filters as a GET form (bookmarkable, no script). */
@Injectable()
export class RequestListPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    @Inject(REQUEST_REGISTER) private readonly register: RequestRegister,
    private readonly audit: ReadAudit,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      LIST_PATH,
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const raw = request.query as Record<string, string | string[] | undefined>;
        const phases = [raw.phase ?? []]
          .flat()
          .flatMap((p) => p.split(','))
          .filter((p) => p !== '');
        const form = new FormReader(raw);
        const query: RequestListQuery = {
          ...(phases.length > 0 && { phase: phases as RequestPhase[] }),
          ...(form.checked('overdue') && { overdue: raw.overdue !== 'false' }),
          ...(form.checked('waiting') && { waiting: true }),
          ...(form.checked('noticeOfDefault') && { noticeOfDefault: true }),
          ...(form.checked('mine') && { assigneeId: clerk.actor.userId }),
          objectionStage: form.oneOf('objectionStage', OBJECTION_STAGES, false),
          dueWithinDays: form.integer('dueWithinDays', { min: 0, max: 3650 }),
          regime: form.oneOf('regime', REGIMES, false) as Regime | undefined,
          receivedFrom: form.date('receivedFrom'),
          receivedTo: form.date('receivedTo'),
          text: form.text('text', { max: 200 }),
          sort: form.oneOf('sort', SORT_FIELDS, false),
          order: form.oneOf('order', ['asc', 'desc'] as const, false),
          page: form.integer('page', { min: 1, max: 100_000 }) ?? 1,
        };
        let state = form.state();
        let page = { items: [] as ReturnType<typeof listRow>[], total: 0, page: 1, pageSize: 25 };
        if (form.ok) {
          try {
            const [found, users] = await Promise.all([
              this.register.list(clerk.actor, withoutUndefined(query)),
              this.register.colleagues(clerk.actor),
            ]);
            const ids = found.items.map((item) => item.id).join(',');
            await this.audit.record(clerk.actor, 'request.list', null, ids);
            const people = peopleOf(users);
            page = { ...found, items: found.items.map((item) => listRow(item, people)) };
          } catch (error) {
            state = refusalOf(error, form);
          }
        }
        const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
        const link = (n: number) => `${LIST_PATH}?${pageQuery(raw, n)}`;
        return this.kit.html(
          reply,
          'verzoeken',
          {
            title: 'Verzoeken',
            errorSummary: errorSummary(state, PREFIX),
            formError: state.formError,
            phases: phaseOptions(phases),
            fields: FILTER_FIELDS.map((f) => fieldView(state, f, PREFIX)),
            checks: FILTER_CHECKS.map((f) => fieldView(state, f, PREFIX)),
            rows: page.items,
            total: page.total,
            pageNumber: page.page,
            pages,
            previous: page.page > 1 ? link(page.page - 1) : null,
            next: page.page < pages ? link(page.page + 1) : null,
          },
          clerk,
          state.formError || !form.ok ? 400 : 200,
        );
      }),
    );
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function pageQuery(raw: Record<string, string | string[] | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'page' || value === undefined) continue;
    for (const v of [value].flat()) params.append(key, v);
  }
  params.set('page', String(page));
  return params.toString();
}
