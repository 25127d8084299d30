import {
  DOCUMENT_ASSESSMENTS,
  type DurationFigures,
  ITEM_OUTCOMES,
  type ManagementReport,
  OBJECTION_OUTCOMES,
  type RequestFigures,
  SUSPENSION_KINDS,
  type SuspensionKind,
} from '@wobdesk/domain';
import { ASSESSMENT_LABELS } from '../pages/clerk/inventory-labels.js';
import { OBJECTION_OUTCOME_LABELS } from '../steps/decide-objection.step.js';
import { OUTCOME_LABELS } from '../steps/take-decision.form.js';

/** A cell: text, a whole number or a figure; absent ("-") when there is nothing to count. */
export type ReportCell = string | number | null;

/** One table of the report, the same on the page, in the CSV and as a sheet of the XLSX. */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

const SUSPENSION_LABELS: Record<SuspensionKind, string> = {
  clarification: 'Aanvulling gevraagd (met termijn)',
  foreign_authority: 'Gegevens van een buitenlands bestuursorgaan',
  third_party_view: 'Zienswijze van een derde',
  consent: 'Uitstel met instemming van de verzoeker',
  requester_delay: 'Vertraging door de verzoeker',
  force_majeure: 'Overmacht',
};

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** 'YYYY-MM' as "maart 2025". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

const FIGURE_COLUMNS = [
  'Ontvangen',
  'Besloten',
  'Op tijd besloten',
  'Op tijd (%)',
  'Gemiddelde duur bruto (dagen)',
  'Mediaan bruto (dagen)',
  'Gemiddelde duur netto (dagen)',
  'Mediaan netto (dagen)',
];

function figureCells(f: RequestFigures): ReportCell[] {
  const d = (x: DurationFigures) => [x.mean ?? null, x.median ?? null];
  return [
    f.received,
    f.decided,
    f.decidedOnTime,
    f.onTimePercent ?? null,
    ...d(f.grossDays),
    ...d(f.netDays),
  ];
}

/** Every table of the report; `handlerName` names a clerk by id ('' is nobody). */
export function reportTables(
  report: ManagementReport,
  handlerName: (id: string) => string,
): ReportTable[] {
  const r = report.requests;
  const s = report.steps;
  const handlers = Object.entries(r.perHandler)
    .map(([id, f]) => ({ name: id === '' ? 'Niet toegewezen' : handlerName(id), f }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return [
    {
      id: 'totaal',
      title: 'Verzoeken in de periode',
      columns: [...FIGURE_COLUMNS, 'Nog in behandeling op de einddatum'],
      rows: [[...figureCells(r.total), r.total.pending]],
    },
    {
      id: 'per-maand',
      title: 'Per maand',
      columns: ['Maand', ...FIGURE_COLUMNS],
      rows: Object.entries(r.perMonth).map(([month, f]) => [monthLabel(month), ...figureCells(f)]),
    },
    {
      id: 'per-behandelaar',
      title: 'Per behandelaar',
      columns: ['Behandelaar', ...FIGURE_COLUMNS, 'Nog in behandeling op de einddatum'],
      rows: handlers.map(({ name, f }) => [name, ...figureCells(f), f.pending]),
    },
    {
      id: 'stappen',
      title: 'Stappen in de periode',
      columns: ['Stap', 'Aantal'],
      rows: [
        ['Verdaging (beslistermijn verlengd)', s.extensions],
        ...SUSPENSION_KINDS.map((k) => [
          `Opschorting: ${SUSPENSION_LABELS[k]}`,
          s.suspensionsByKind[k],
        ]),
        ['Ingebrekestelling ontvangen', s.noticesOfDefault],
        ['Bezwaar ontvangen', s.objectionsLodged],
        ['Beslissing op bezwaar genomen', s.objectionsDecided],
        ...OBJECTION_OUTCOMES.map((o) => [
          `Beslissing op bezwaar: ${OBJECTION_OUTCOME_LABELS[o].toLowerCase()}`,
          s.objectionOutcomes[o],
        ]),
      ],
    },
    {
      id: 'uitkomsten-onderdelen',
      title: 'Uitkomst per onderdeel van het verzoek',
      columns: ['Uitkomst', 'Aantal onderdelen'],
      rows: ITEM_OUTCOMES.map((o) => [OUTCOME_LABELS[o], report.itemOutcomes[o]]),
    },
    {
      id: 'beoordeling-documenten',
      title: 'Beoordeling per document',
      columns: ['Beoordeling', 'Aantal documenten'],
      rows: DOCUMENT_ASSESSMENTS.map((a) => [ASSESSMENT_LABELS[a], report.documentAssessments[a]]),
    },
    {
      id: 'gronden',
      title: 'Gebruikte weigeringsgronden',
      columns: ['Grond (artikel)', 'Onderdelen', 'Documenten'],
      rows: report.grounds.map((g) => [g.ground, g.items, g.documents]),
    },
  ];
}
