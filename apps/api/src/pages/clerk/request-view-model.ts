import { PENDING_PHASES } from '@wobdesk/domain';
import { LAW_NAMES } from '@wobdesk/letters';
import type { EventView, RequestView } from '@wobdesk/register';
import type { ItemProposal } from '../../inventory/request-inventory.service.js';
import { EMPTY_FORM, type FormState } from '../shared/form-input.js';
import { errorSummary, fieldView } from '../shared/form-view.js';
import { CHANNEL_LABELS } from './new-request.pages.js';
import { historyInOrder, historyLabel } from './request-history.js';
import { OUTCOME_LABELS, REQUEST_ACTIONS } from './request-actions.js';

const DECISION_TERM_LABELS = new Set([
  'Uiterste besluitdatum',
  'Einde eerste termijn (ook laatste dag om te verdagen)',
  'Laatste dag voor een verzoek om precisering',
  'Laatste dag voor besluit tot niet-behandelen',
]);
const isDecisionTerm = (label: string) => DECISION_TERM_LABELS.has(label);

interface PlainDate {
  date: string;
  steps: { article: string; labelNl: string; whyNl: string; from: string; to: string }[];
}

/** Every legal date of the request with its derivation ("waarom deze datum?"). */
function deadlineRows(view: RequestView) {
  // The deadlines' JSON form has plain strings and the explanation texts.
  const d = JSON.parse(JSON.stringify(view.deadlines)) as Record<string, unknown> & {
    objectionWindow?: { endsOn: PlainDate; postalReceiptBy: PlainDate };
    noticeOfDefault?: { twoWeeksEndOn: PlainDate };
    warnings: { nl: string }[];
  };
  const rows: [string, PlainDate | undefined][] = [
    ['Uiterste besluitdatum', d.decisionDeadline as PlainDate],
    ['Einde eerste termijn (ook laatste dag om te verdagen)', d.firstTermEnd as PlainDate],
    [
      'Laatste dag voor een verzoek om precisering',
      d.clarificationDeadline as PlainDate | undefined,
    ],
    [
      'Laatste dag voor besluit tot niet-behandelen',
      d.nonHandlingDecisionDeadline as PlainDate | undefined,
    ],
    ['Vroegste openbaarmaking', d.disclosureDate as PlainDate | undefined],
    ['Einde bezwaartermijn', d.objectionWindow?.endsOn],
    ['Bezwaar per post uiterlijk ontvangen', d.objectionWindow?.postalReceiptBy],
    ['Beslissen op bezwaar uiterlijk', d.objectionDecisionDeadline as PlainDate | undefined],
    ['Einde twee weken na ingebrekestelling', d.noticeOfDefault?.twoWeeksEndOn],
  ];
  // Once decided, the objection dates are what runs: they come first.
  if (d.decidedLate !== undefined || d.objectionWindow !== undefined) {
    rows.sort((a, b) => Number(isDecisionTerm(a[0])) - Number(isDecisionTerm(b[0])));
  }
  return {
    deadlines: rows
      .filter((r): r is [string, PlainDate] => r[1] !== undefined)
      .map(([label, c], i) => ({
        id: `termijn-${i}`,
        label,
        date: c.date,
        steps: c.steps.map((s) => ({ article: s.article, label: s.labelNl, why: s.whyNl })),
      })),
    warnings: d.warnings.map((w) => w.nl),
    suspendedDays: d.suspendedDays as number,
  };
}

/** The step that usually comes next in each phase: offered first and marked. */
const USUAL_NEXT: Readonly<Partial<Record<RequestView['phase'], string>>> = {
  received: 'ontvangst-bevestigen',
  acknowledged: 'besluit',
  conversation_held: 'besluit',
  decided: 'verzending',
  // objection_window: nothing to do but wait; closing is refused until the window has passed.
  objection_lodged: 'beslissing-op-bezwaar',
};

export interface FailedAction {
  readonly slug: string;
  readonly form: FormState;
}

/** The request page: case data, deadlines, history, the steps allowed now as forms (letters: letter-forms.ts). */
export function requestPageView(
  view: RequestView,
  events: readonly EventView[],
  today: string,
  people: Readonly<Record<string, string>>,
  failed?: FailedAction,
  proposals: readonly ItemProposal[] = [],
) {
  // The domain's own answer (phase and state), so no form is offered that must be refused.
  const allowed = new Set<string>([...view.availableCommands, 'assign']);
  const next = USUAL_NEXT[view.phase];
  const offered = REQUEST_ACTIONS.filter((a) => a.commands.some((c) => allowed.has(c)));
  const ordered = [
    ...offered.filter((a) => a.slug === next),
    ...offered.filter((a) => a.slug !== next),
  ];
  const actions = ordered.map((a) => {
    const form =
      failed?.slug === a.slug
        ? failed.form
        : a.slug === DECISION_SLUG
          ? proposedDecision(proposals)
          : EMPTY_FORM;
    const prefix = `${a.slug}-`;
    return {
      slug: a.slug,
      title: a.title,
      action: `/verzoeken/${view.id}/${a.slug}`,
      open: failed?.slug === a.slug,
      usual: a.slug === next,
      formError: form.formError,
      idPrefix: prefix,
      fields: a.fields(view, today, people).map((f) => fieldView(form, f, prefix)),
    };
  });
  return {
    title: `${view.reference} – ${view.subject}`,
    errorSummary: failed ? errorSummary(failed.form, `${failed.slug}-`) : [],
    request: {
      id: view.id,
      reference: view.reference,
      subject: view.subject,
      phaseNl: view.phaseNl,
      regime: LAW_NAMES[view.regime].short,
      version: view.version,
      receivedOn: view.receivedOn,
      letterDate: view.letterDate ?? null,
      channel: CHANNEL_LABELS[view.channel],
      theirReference: view.theirReference ?? null,
      assignee: view.assignee?.name ?? null,
      overdue: view.overdue,
      pending: PENDING_PHASES.includes(view.phase),
      decisionDeadline: view.decisionDeadline,
    },
    requester: {
      name: view.requester.name,
      email: view.requester.email ?? null,
      postalAddress: view.requester.postalAddress ?? null,
      phone: view.requester.phone ?? null,
    },
    items: view.items.map((i) => ({
      number: i.number,
      text: i.text,
      outcome: i.outcome ? OUTCOME_LABELS[i.outcome] : null,
      grounds: i.grounds?.join(', ') ?? null,
      answeredWith: i.answeredWith ?? null,
      whereAvailable: i.whereAvailable ?? null,
    })),
    ...deadlineRows(view),
    timeline: historyInOrder(events).map((e) => ({
      on: e.occurredOn,
      label: historyLabel(e),
      by: e.actor?.name ?? 'systeem (webformulier of planner)',
    })),
    actions,
  };
}

/** The decision's page form. */
const DECISION_SLUG = 'besluit';

/**
 * The decision form pre-filled with what the documents' assessments propose per item (outcome
 * and grounds); the clerk may choose otherwise. Items without a proposal stay empty.
 */
function proposedDecision(proposals: readonly ItemProposal[]): FormState {
  const values: Record<string, string> = {};
  for (const p of proposals) {
    if (p.outcome === null || p.counted === 0) continue;
    values[`outcome${p.number}`] = p.outcome;
    if (p.grounds.length > 0) values[`grounds${p.number}`] = p.grounds.join(',');
  }
  return { ...EMPTY_FORM, values };
}
