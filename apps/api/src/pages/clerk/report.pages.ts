import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import { type Clock, LocalDate, type ReportPeriod } from '@wobdesk/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { barChartView } from '../../reports/bar-chart.js';
import { ManagementReports } from '../../reports/management-reports.service.js';
import { reportCsv } from '../../reports/report-csv.js';
import { type ReportTable } from '../../reports/report-tables.js';
import { reportXlsx } from '../../reports/report-xlsx.js';
import { MAX_REPORT_DAYS } from '../../reports/reports.dto.js';
import { EMPTY_FORM, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import type { Clerk } from '../shared/page-kit.js';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';

export const REPORT_PATH = '/rapportage';
const PREFIX = 'rapportage-';

/**
 * The coordinator's management report: a period (GET form, so a report has its own address), the
 * figures as tables with server-drawn bar charts, and the same tables as CSV and XLSX.
 */
@Injectable()
export class ReportPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly reports: ManagementReports,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      REPORT_PATH,
      this.kit.coordinatorOnly('de rapportage bekijken', async (request, reply, clerk) => {
        const read = this.readPeriod(request.query as Record<string, unknown>);
        if ('form' in read) return this.show(reply, clerk, read.form, null, 400);
        const tables = await this.reports.tables(clerk.actor.organisationId, read.period);
        return this.show(reply, clerk, read.values, { period: read.period, tables });
      }),
    );
    for (const format of ['csv', 'xlsx'] as const) {
      scope.get(
        `${REPORT_PATH}/export.${format}`,
        this.kit.coordinatorOnly('de rapportage bekijken', async (request, reply, clerk) => {
          const read = this.readPeriod(request.query as Record<string, unknown>);
          if ('form' in read) return this.show(reply, clerk, read.form, null, 400);
          const tables = await this.reports.tables(clerk.actor.organisationId, read.period);
          const name = `rapportage-${read.period.from}-${read.period.to}.${format}`;
          reply
            .header('cache-control', 'no-store')
            .header('X-Content-Type-Options', 'nosniff')
            .header('content-disposition', `attachment; filename="${name}"`);
          return format === 'csv'
            ? reply.type('text/csv; charset=utf-8').send(`\uFEFF${reportCsv(tables)}`)
            : reply
                .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
                .send(await reportXlsx(tables));
        }),
      );
    }
  }

  /** The period from `?van=&tot=`; without both, this year up to today. */
  private readPeriod(
    query: Record<string, unknown>,
  ): { period: ReportPeriod; values: FormState } | { form: FormState } {
    const today = this.clock.today();
    const given = (name: string) =>
      typeof query[name] === 'string' ? (query[name] as string).trim() : '';
    const van = given('van') || `${today.toString().slice(0, 4)}-01-01`;
    const tot = given('tot') || today.toString();
    const values = { ...EMPTY_FORM, values: { van, tot } };
    const errors: Record<string, string> = {};
    if (!LocalDate.isValid(van))
      errors.van = 'Vul bij "Van" een datum in, bijvoorbeeld 2025-01-01.';
    if (!LocalDate.isValid(tot))
      errors.tot = 'Vul bij "Tot en met" een datum in, bijvoorbeeld 2025-12-31.';
    if (Object.keys(errors).length === 0) {
      const from = LocalDate.parse(van);
      const to = LocalDate.parse(tot);
      if (to.isBefore(from)) errors.tot = '"Tot en met" mag niet vóór "Van" liggen.';
      else if (from.daysUntil(to) >= MAX_REPORT_DAYS)
        errors.tot = 'Kies een periode van minder dan tien jaar.';
      else return { period: { from, to }, values };
    }
    return { form: { ...values, errors } };
  }

  private show(
    reply: FastifyReply,
    clerk: Clerk,
    form: FormState,
    result: { period: ReportPeriod; tables: ReportTable[] } | null,
    status = 200,
  ) {
    const query = `van=${encodeURIComponent(form.values.van ?? '')}&tot=${encodeURIComponent(form.values.tot ?? '')}`;
    return this.kit.html(
      reply,
      'rapportage',
      {
        title: 'Rapportage',
        errorSummary: errorSummary(form, PREFIX),
        formError: null,
        fromField: fieldView(
          form,
          { name: 'van', label: 'Van', type: 'date', required: true },
          PREFIX,
        ),
        toField: fieldView(
          form,
          { name: 'tot', label: 'Tot en met', type: 'date', required: true },
          PREFIX,
        ),
        result: result && {
          from: result.period.from.toString(),
          to: result.period.to.toString(),
          csvHref: `${REPORT_PATH}/export.csv?${query}`,
          xlsxHref: `${REPORT_PATH}/export.xlsx?${query}`,
          sections: sectionsOf(result.tables),
        },
      },
      clerk,
      status,
    );
  }
}

/** The tables in page order, each with its chart when it has one. */
function sectionsOf(tables: readonly ReportTable[]) {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const months = byId.get('per-maand')!;
  const col = (name: string) => months.columns.indexOf(name);
  const series = (name: string) => months.rows.map((r) => r[col(name)] as number | null);
  const charts: Record<string, ReturnType<typeof barChartView>[]> = {
    'per-maand': [
      barChartView({
        id: 'grafiek-aantallen',
        title: 'Ontvangen en besloten verzoeken per maand',
        description:
          'Staafdiagram: per maand het aantal ontvangen verzoeken (effen) en het aantal besloten verzoeken (gestreept). De tabel hieronder geeft de getallen.',
        categories: months.rows.map((r) => String(r[0])),
        series: [
          { name: 'Ontvangen', values: series('Ontvangen') },
          { name: 'Besloten', values: series('Besloten') },
        ],
      }),
      barChartView({
        id: 'grafiek-duur',
        title: 'Gemiddelde duur tot het besluit per maand, bruto en netto',
        description:
          'Staafdiagram: per maand de gemiddelde duur in dagen van de verzoeken die die maand besloten zijn, met opgeschorte dagen (effen) en zonder (gestreept). De tabel hieronder geeft de getallen.',
        categories: months.rows.map((r) => String(r[0])),
        series: [
          {
            name: 'Bruto (met opgeschorte dagen)',
            values: series('Gemiddelde duur bruto (dagen)'),
          },
          {
            name: 'Netto (zonder opgeschorte dagen)',
            values: series('Gemiddelde duur netto (dagen)'),
          },
        ],
      }),
    ],
  };
  return tables.map((t) => ({
    id: t.id,
    title: t.title,
    columns: t.columns,
    rows: t.rows.map((r) =>
      r.map((c) => (c === null ? '–' : typeof c === 'number' ? c.toLocaleString('nl-NL') : c)),
    ),
    empty: t.rows.length === 0,
    charts: charts[t.id] ?? [],
  }));
}
