import { Injectable } from '@nestjs/common';
import {
  alsoNumbersNl,
  DOCUMENT_ASSESSMENTS,
  LocalDate,
  type Regime,
  refusalGroundsOf,
} from '@wobdesk/domain';
import {
  DocumentAssessments,
  DocumentThirdParties,
  type InventoryDocument,
  type InventoryQuery,
  UNASSESSED,
} from '@wobdesk/documents';
import { WorkflowError } from '@wobdesk/register';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UUID_SHAPE as REQUEST_ID } from '../../common/validation.js';
import { type Clerk, PageKit } from '../shared/page-kit.js';
import { documentsNl } from '../shared/dutch-text.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { KIND_LABELS } from './document.pages.js';
import {
  ASSESSMENT_LABELS,
  assessmentLabel,
  baseField,
  FIELD_LABELS,
  ruleMessage,
  UNASSESSED_LABEL,
} from './inventory-labels.js';
import {
  THIRD_PARTY_FIELD_LABELS,
  type ThirdPartyError,
  thirdPartySection,
} from './third-party-section.js';

type Params = { Params: { id: string; number?: string; party?: string } };
type Form = Readonly<Record<string, string | string[] | undefined>>;

const FILTER_NAMES = ['assessment', 'ground', 'family', 'type', 'item', 'q'] as const;
/** The bulk form's copy of the current filter is sent as `filter-<name>`. */
const FILTER_FIELD = 'filter-';

/** The values of a form field sent once or more. */
function all(form: Form, name: string): string[] {
  const v = form[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((s) => s.trim() !== '');
}
function one(form: Form, name: string): string | undefined {
  return all(form, name).at(-1);
}

/** The assessment fields of a form, as the API's body. */
function assessmentOf(form: Form) {
  return {
    assessment: one(form, 'assessment') ?? '',
    grounds: all(form, 'grounds'),
    reasoning: one(form, 'reasoning'),
    publicLink: one(form, 'publicLink'),
  };
}

/** No error: the templates read the fields of an error always (strict mode). */
const NO_ERROR = { field: '', label: '', message: '' };

/** The error of a refused form: its field, label and what to do. */
function errorOf(error: unknown) {
  if (!(error instanceof WorkflowError) || error.kind !== 'invalid') throw error;
  const field = baseField(String(error.details?.field ?? 'body'));
  return {
    field,
    label: FIELD_LABELS[field] ?? field,
    message: ruleMessage(String(error.details?.rule ?? '')),
  };
}

/**
 * The inventory on the pages: the documents of a request with their assessment, filtered and
 * paged, a bulk assessment over the ones ticked or every one the filter selects, and a form per
 * document. Changes go through `DocumentAssessments`, so the rules and the history are the API's.
 */
@Injectable()
export class InventoryPages implements PageRoutes {
  constructor(
    private readonly kit: PageKit,
    private readonly assessments: DocumentAssessments,
    private readonly thirdParties: DocumentThirdParties,
  ) {}

  routes(scope: FastifyInstance): void {
    scope.get<Params>(
      '/verzoeken/:id/inventaris',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as Params['Params'];
        const query = request.query as Form;
        const done = Number(one(query, 'beoordeeld'));
        const notice = Number.isInteger(done) ? `${documentsNl(done)} beoordeeld.` : null;
        return this.showList(reply, clerk, id, query, { notice });
      }),
    );
    scope.post<Params>(
      '/verzoeken/:id/inventaris',
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id } = request.params as Params['Params'];
        const form = (request.body ?? {}) as Form;
        // The filter rides along in fields of its own names: the assessment's fields share some.
        const filter = Object.fromEntries(
          FILTER_NAMES.map((n) => [n, one(form, `${FILTER_FIELD}${n}`) ?? '']),
        );
        const selection =
          one(form, 'scope') === 'filter'
            ? { filter }
            : { numbers: all(form, 'numbers').map((n) => (/^\d{1,9}$/.test(n) ? Number(n) : n)) };
        try {
          const numbers = await this.assessments.assessMany(
            clerk.actor,
            id,
            selection,
            assessmentOf(form),
          );
          const back = new URLSearchParams({ ...filter, beoordeeld: String(numbers.length) });
          return reply.redirect(`/verzoeken/${id}/inventaris?${back.toString()}`, 303);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found') {
            return this.kit.notFound(reply, clerk);
          }
          return this.showList(
            reply,
            clerk,
            id,
            filter,
            { error: errorOf(error), typed: form },
            422,
          );
        }
      }),
    );
    scope.get<Params>(
      '/verzoeken/:id/inventaris/:number',
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number = '' } = request.params as Params['Params'];
        return this.showDocument(reply, clerk, id, number, null, null);
      }),
    );
    scope.post<Params>(
      '/verzoeken/:id/inventaris/:number',
      { preHandler: scope.csrfProtection },
      this.kit.clerkOnly(async (request, reply, clerk) => {
        const { id, number = '' } = request.params as Params['Params'];
        if (!REQUEST_ID.test(id) || !/^\d{1,9}$/.test(number))
          return this.kit.notFound(reply, clerk);
        const form = (request.body ?? {}) as Form;
        try {
          const stored = await this.assessments.document(clerk.actor, id, Number(number));
          await this.assessments.change(clerk.actor, id, Number(number), {
            ...(one(form, 'assessment') !== undefined && assessmentOf(form)),
            ...changedDetails(form, stored),
          });
          return reply.redirect(`/verzoeken/${id}/inventaris?beoordeeld=1#document-${number}`, 303);
        } catch (error) {
          if (error instanceof WorkflowError && error.kind === 'not_found') {
            return this.kit.notFound(reply, clerk);
          }
          return this.showDocument(reply, clerk, id, number, errorOf(error), form, 422);
        }
      }),
    );
    this.thirdPartyRoutes(scope);
  }

  /**
   * The third parties of a document: added, their view recorded, removed. A refusal shows the
   * document's page again with the error at the form it came from.
   */
  private thirdPartyRoutes(scope: FastifyInstance): void {
    const route = (
      suffix: string,
      act: (
        clerk: Clerk,
        id: string,
        number: number,
        party: string,
        form: Form,
      ) => Promise<unknown>,
    ) =>
      scope.post<Params>(
        `/verzoeken/:id/inventaris/:number/derden${suffix}`,
        { preHandler: scope.csrfProtection },
        this.kit.clerkOnly(async (request, reply, clerk) => {
          const { id, number = '', party = '' } = request.params as Params['Params'];
          if (!REQUEST_ID.test(id) || !/^\d{1,9}$/.test(number))
            return this.kit.notFound(reply, clerk);
          const form = (request.body ?? {}) as Form;
          try {
            await act(clerk, id, Number(number), party.toLowerCase(), form);
            return reply.redirect(`/verzoeken/${id}/inventaris/${number}#derden`, 303);
          } catch (error) {
            if (error instanceof WorkflowError && error.kind === 'not_found') {
              return this.kit.notFound(reply, clerk);
            }
            const failed = errorOf(error);
            const label = THIRD_PARTY_FIELD_LABELS[failed.field] ?? failed.label;
            const thirdPartyError = { ...failed, label, party };
            return this.showDocument(reply, clerk, id, number, null, null, 422, {
              error: thirdPartyError,
              typed: form,
            });
          }
        }),
      );
    route('', (clerk, id, number, _party, form) =>
      this.thirdParties.add(clerk.actor, id, number, { name: one(form, 'name') }),
    );
    route('/:party/zienswijze', (clerk, id, number, party, form) =>
      this.thirdParties.recordView(clerk.actor, id, number, uuidOrNone(party), {
        view: one(form, 'view'),
        summary: one(form, 'summary'),
        receivedOn: one(form, 'receivedOn'),
      }),
    );
    route('/:party/verwijderen', (clerk, id, number, party) =>
      this.thirdParties.remove(clerk.actor, id, number, uuidOrNone(party)),
    );
  }

  private async showList(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    query: InventoryQuery,
    view: { notice?: string | null; error?: ReturnType<typeof errorOf>; typed?: Form },
    status = 200,
  ) {
    if (!REQUEST_ID.test(id)) return this.kit.notFound(reply, clerk);
    let result;
    let filterError: ReturnType<typeof errorOf> | null = null;
    let facts;
    try {
      facts = await this.assessments.formFacts(clerk.actor, id, LocalDate.parse(this.kit.today()));
      try {
        result = await this.assessments.inventory(clerk.actor, id, query);
      } catch (error) {
        filterError = errorOf(error);
        result = await this.assessments.inventory(clerk.actor, id, {});
        status = 422;
      }
    } catch (error) {
      if (error instanceof WorkflowError && error.kind === 'not_found') {
        return this.kit.notFound(reply, clerk);
      }
      throw error;
    }
    const q = query as Form;
    const current = Object.fromEntries(FILTER_NAMES.map((n) => [n, one(q, n) ?? '']));
    const pageLink = (offset: number) =>
      `/verzoeken/${id}/inventaris?${new URLSearchParams({ ...current, offset: String(offset) }).toString()}`;
    const typed = view.typed ?? {};
    return this.kit.html(
      reply,
      'inventaris',
      {
        title: 'Inventaris',
        requestId: id,
        notice: view.notice ?? null,
        error: view.error ?? filterError ?? NO_ERROR,
        total: result.total,
        from: result.total === 0 ? 0 : result.offset + 1,
        to: result.offset + result.documents.length,
        previous: result.offset > 0 ? pageLink(Math.max(0, result.offset - result.limit)) : null,
        next:
          result.offset + result.limit < result.total
            ? pageLink(result.offset + result.limit)
            : null,
        filter: {
          assessments: options(
            [UNASSESSED, ...DOCUMENT_ASSESSMENTS],
            (v) => (v === UNASSESSED ? UNASSESSED_LABEL : assessmentLabel(v)),
            current.assessment!,
          ),
          grounds: groundOptions(facts.law, [current.ground!]),
          types: options(Object.keys(KIND_LABELS), (v) => KIND_LABELS[v]!, current.type!),
          items: options(facts.itemNumbers.map(String), (v) => `Onderdeel ${v}`, current.item!),
          family: current.family,
          q: current.q,
          hidden: FILTER_NAMES.map((name) => ({
            name: `${FILTER_FIELD}${name}`,
            value: current[name],
          })),
        },
        bulk: this.assessmentFields(facts.law, typed),
        rows: result.documents.map((d) => row(id, d, all(typed, 'numbers'))),
      },
      clerk,
      status,
    );
  }

  private async showDocument(
    reply: FastifyReply,
    clerk: Clerk,
    id: string,
    number: string,
    error: ReturnType<typeof errorOf> | null,
    typed: Form | null,
    status = 200,
    thirdParty: { error: ThirdPartyError; typed: Form } | null = null,
  ) {
    if (!REQUEST_ID.test(id) || !/^\d{1,9}$/.test(number)) return this.kit.notFound(reply, clerk);
    try {
      const document = await this.assessments.document(clerk.actor, id, Number(number));
      const parties = await this.thirdParties.list(clerk.actor, id, Number(number));
      const facts = await this.assessments.formFacts(
        clerk.actor,
        id,
        LocalDate.parse(this.kit.today()),
      );
      const form: Form = typed ?? {
        assessment: document.assessment ?? undefined,
        grounds: document.grounds,
        reasoning: document.assessmentReasoning ?? undefined,
        publicLink: document.publicLink ?? undefined,
      };
      const items = typed ? all(typed, 'items') : document.items.map(String);
      return this.kit.html(
        reply,
        'inventaris-document',
        {
          title: `Document ${document.number} beoordelen`,
          requestId: id,
          error: error ?? NO_ERROR,
          document: row(id, document, []),
          fields: this.assessmentFields(facts.law, form),
          description: typed ? (one(typed, 'description') ?? '') : (document.description ?? ''),
          documentDate: typed ? (one(typed, 'documentDate') ?? '') : (document.documentDate ?? ''),
          items: facts.itemNumbers.map((n) => ({
            value: String(n),
            label: `Onderdeel ${n}`,
            checked: items.includes(String(n)),
          })),
          thirdParties: thirdPartySection(
            parties,
            this.kit.today(),
            thirdParty?.error ?? null,
            thirdParty
              ? Object.fromEntries(
                  ['name', 'view', 'summary', 'receivedOn'].map((k) => [
                    k,
                    one(thirdParty.typed, k),
                  ]),
                )
              : null,
          ),
        },
        clerk,
        status,
      );
    } catch (failure) {
      if (failure instanceof WorkflowError && failure.kind === 'not_found') {
        return this.kit.notFound(reply, clerk);
      }
      throw failure;
    }
  }

  /** The assessment fields, filled with what was typed or stored. */
  private assessmentFields(law: Regime, form: Form) {
    return {
      assessments: options(
        [...DOCUMENT_ASSESSMENTS],
        (v) => ASSESSMENT_LABELS[v as keyof typeof ASSESSMENT_LABELS],
        one(form, 'assessment') ?? '',
      ),
      grounds: groundOptions(law, all(form, 'grounds')),
      reasoning: one(form, 'reasoning') ?? '',
      publicLink: one(form, 'publicLink') ?? '',
      lawName: law === 'woo' ? 'Woo' : 'Wob',
    };
  }
}

/** The details the form changes, so the history names only what changed. */
function changedDetails(form: Form, stored: InventoryDocument) {
  const description = one(form, 'description') ?? null;
  const documentDate = one(form, 'documentDate') ?? null;
  const items = all(form, 'items').map((n) => (/^\d{1,9}$/.test(n) ? Number(n) : n));
  return {
    ...(description !== stored.description && { description }),
    ...(documentDate !== stored.documentDate && { documentDate }),
    ...(items.join() !== stored.items.join() && { items }),
  };
}

function options(values: readonly string[], label: (v: string) => string, chosen: string) {
  return values.map((value) => ({ value, label: label(value), selected: value === chosen }));
}

/** The grounds of the law as options: article code and what it protects. */
function groundOptions(law: Regime, chosen: readonly string[]) {
  return refusalGroundsOf(law).map((g) => ({
    value: g.code,
    label: `${g.code} ${g.label}${g.relative ? ' (met belangenafweging)' : ''}`,
    selected: chosen.includes(g.code),
  }));
}

function row(id: string, d: InventoryDocument, ticked: readonly string[]) {
  return {
    number: d.number,
    documentDate: d.documentDate,
    kind: KIND_LABELS[d.mediaType] ?? d.mediaType,
    description: d.description ?? d.fileName,
    familyNumber: d.familyNumber,
    // A copy is listed under its twin and assessed with it; both say so.
    also: alsoNumbersNl(d.copyNumbers),
    copyOf: d.duplicateOfNumber,
    items: d.items.join(', '),
    assessment:
      d.duplicateOfNumber === null
        ? assessmentLabel(d.assessment)
        : `als nr. ${d.duplicateOfNumber}`,
    grounds: d.grounds.join(', '),
    ticked: ticked.includes(String(d.number)),
    formUrl: `/verzoeken/${id}/inventaris/${d.number}`,
    // Marks are made only on a document assessed partly public (DocumentRedactions).
    redactUrl:
      d.duplicateOfNumber === null && d.assessment === 'partly_public'
        ? `/verzoeken/${id}/inventaris/${d.number}/lakken`
        : null,
  };
}

/** A party id that cannot be one names no party (the service answers its 404). */
function uuidOrNone(party: string): string {
  return REQUEST_ID.test(party) ? party : '00000000-0000-0000-0000-000000000000';
}
