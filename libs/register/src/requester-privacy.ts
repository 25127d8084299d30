import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK } from '@wobdesk/clock';
import {
  type Clock,
  DEFAULT_RETENTION_MONTHS,
  erasureRefusal,
  isPastRetention,
  LocalDate,
  type PrivacyFacts,
  type RequestPhase,
} from '@wobdesk/domain';
import {
  type HeldRequesterData,
  type RequesterDataOfRequest,
  UnitOfWork,
} from '@wobdesk/persistence';
import { type Actor, plannerActor } from './actor.js';
import { type ChangeContext, RequestChanges } from './request-change.js';
import { WorkflowError } from './workflow-error.js';
import { workflowError } from './workflow-errors.js';

/** The workflow event of an anonymisation: why, never what was removed. */
export const PERSONAL_DATA_ANONYMISED = 'personal_data_anonymised';
/** The workflow event of an AVG art. 15 export: which requests it held, not their data. */
export const PERSONAL_DATA_EXPORTED = 'personal_data_exported';

/** Finished requests read per page by the retention job. */
const RETENTION_PAGE = 200;

/** Everything held about one requester, as the coordinator downloads it. */
export interface RequesterDataExport {
  readonly exportedAt: string;
  readonly organisationId: string;
  /** What the export is, in plain Dutch, for the requester who receives it. */
  readonly descriptionNl: string;
  readonly requests: readonly RequesterDataOfRequest[];
}

export interface RetentionReport {
  /** Finished requests still holding personal data that were looked at. */
  readonly checked: number;
  readonly anonymised: number;
}

/**
 * The data subject's rights and the retention period over requesters' personal data (AVG art.
 * 5 lid 1 onder e, 15 and 17): the export of everything held about a requester, the erasure a
 * coordinator asks for where the law allows it, and the scheduled anonymisation after the
 * organisation's period. Each is a change of the request, recorded as a workflow event that
 * holds no personal data.
 */
@Injectable()
export class RequesterPrivacy {
  private readonly logger = new Logger('RequesterPrivacy');

  constructor(
    private readonly storage: UnitOfWork,
    private readonly changes: RequestChanges,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Everything held about the requester of this request in the organisation: this request and
   * the others with the same e-mail address (or, without one, the same name). Recorded on this
   * request, with the references of the requests it held.
   */
  async export(actor: Actor, requestId: string): Promise<RequesterDataExport> {
    coordinatorOnly(actor);
    let requests: RequesterDataOfRequest[] = [];
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const ids = await ctx.tx.requesterData.requestsOfRequester(actor.organisationId, requestId);
      requests = [];
      for (const id of ids) {
        const data = await ctx.tx.requesterData.exportOf(actor.organisationId, id);
        if (data) requests.push(data);
      }
      const references = requests.map((r) => r.request.reference);
      return {
        events: [
          {
            type: PERSONAL_DATA_EXPORTED,
            occurredOn: ctx.today.toString(),
            payload: { references },
          },
        ],
        state: ctx.state,
      };
    });
    return {
      exportedAt: this.clock.now().toISOString(),
      organisationId: actor.organisationId,
      descriptionNl:
        'Alle gegevens die wij over u hebben bij uw verzoeken om informatie: de verzoeken, de brieven, de e-mails en de stappen in de behandeling (artikel 15 AVG).',
      requests,
    };
  }

  /**
   * Why erasure would be refused today, in plain Dutch, or null when it may be done: for the
   * erasure page, which says so before the coordinator presses the button. Reads only; `erase`
   * checks again in its own transaction.
   */
  async erasureRefusalNl(actor: Actor, requestId: string): Promise<string | null> {
    coordinatorOnly(actor);
    const facts = await this.storage.read(async (tx) => {
      const row = await tx.requests.find(actor.organisationId, requestId);
      return row ? factsOf(tx, row) : undefined;
    });
    if (!facts) throw workflowError('REQUEST.NOT_FOUND');
    return erasureRefusal(facts, this.clock.today())?.reasonNl ?? null;
  }

  /**
   * Anonymises the requester's data of this request before its period ends, as the coordinator
   * asks; refused while keeping it is a legal obligation (LD-ERASURE).
   */
  async erase(actor: Actor, requestId: string): Promise<void> {
    coordinatorOnly(actor);
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const refusal = erasureRefusal(await factsOf(ctx.tx, ctx.row), ctx.today);
      if (refusal) {
        throw new WorkflowError('domain', 'ERASURE.REFUSED', refusal.reasonNl, refusal.reasonEn, {
          reason: refusal.code,
        });
      }
      return anonymiseIn(ctx, 'erasure');
    });
  }

  /**
   * The scheduled job: anonymises every finished request whose period has passed today, one
   * change each (a failure leaves the others done and is tried again the next run).
   */
  async anonymiseExpired(): Promise<RetentionReport> {
    const today = this.clock.today();
    let checked = 0;
    let anonymised = 0;
    let after: string | null = null;
    for (;;) {
      const page: HeldRequesterData[] = await this.storage.read((tx) =>
        tx.requesterData.held(after, RETENTION_PAGE),
      );
      if (page.length === 0) break;
      after = page[page.length - 1].requestId;
      for (const held of page) {
        checked++;
        const months = held.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
        if (!isPastRetention(heldFacts(held), months, today)) continue;
        try {
          await this.changes.run(
            plannerActor(held.organisationId),
            held.requestId,
            undefined,
            (ctx) => Promise.resolve(anonymiseIn(ctx, 'retention')),
          );
          anonymised++;
        } catch (error) {
          this.logger.error(`Anonymising request ${held.requestId} failed: ${String(error)}`);
        }
      }
    }
    return { checked, anonymised };
  }
}

async function anonymiseIn(ctx: ChangeContext, reason: 'erasure' | 'retention') {
  const on = ctx.today.toString();
  await ctx.tx.requesterData.anonymise(ctx.row.id, on);
  return {
    events: [{ type: PERSONAL_DATA_ANONYMISED, occurredOn: on, payload: { reason } }],
    state: ctx.state,
  };
}

/** What the erasure rule reads of a request: its phase, its windows, its last step. */
async function factsOf(tx: ChangeContext['tx'], row: ChangeContext['row']): Promise<PrivacyFacts> {
  const lastStepOn = await tx.requesterData.lastStepOn(row.id);
  const anonymisedOn = await tx.requesterData.anonymisedOn(row.id);
  return {
    phase: row.phase,
    lastStepOn: LocalDate.parse(lastStepOn ?? row.receivedOn),
    objectionWindowEndsOn: dateOrNull(row.objectionWindowEndsOn),
    appealWindowEndsOn: dateOrNull(row.appealWindowEndsOn),
    anonymisedOn: dateOrNull(anonymisedOn),
  };
}

function heldFacts(held: HeldRequesterData): PrivacyFacts {
  return {
    phase: held.phase as RequestPhase,
    lastStepOn: LocalDate.parse(held.lastStepOn),
    objectionWindowEndsOn: dateOrNull(held.objectionWindowEndsOn),
    appealWindowEndsOn: dateOrNull(held.appealWindowEndsOn),
    anonymisedOn: null,
  };
}

function dateOrNull(iso: string | null): LocalDate | null {
  return iso === null ? null : LocalDate.parse(iso);
}

function coordinatorOnly(actor: Actor): void {
  if (actor.role !== 'coordinator') throw workflowError('PRIVACY.COORDINATOR_ONLY');
}
