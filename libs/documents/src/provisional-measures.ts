import { Injectable } from '@nestjs/common';
import { LocalDate } from '@wobdesk/domain';
import { type Actor, invalidInput, RequestChanges, WorkflowError } from '@wobdesk/register';

/** The workflow events of a provisional measure (voorlopige voorziening, Awb 8:81). */
export const PROVISIONAL_MEASURE_REQUESTED_EVENT = 'provisional_measure_requested';
export const PROVISIONAL_MEASURE_ENDED_EVENT = 'provisional_measure_ended';

/** How a pending provisional measure ended: the court ruled on it, or it was withdrawn. */
export const PROVISIONAL_MEASURE_OUTCOMES = ['ruled', 'withdrawn'] as const;
export type ProvisionalMeasureOutcome = (typeof PROVISIONAL_MEASURE_OUTCOMES)[number];

export interface ProvisionalMeasureRequestInput {
  readonly requestedOn?: unknown;
}

export interface ProvisionalMeasureEndInput {
  readonly endedOn?: unknown;
  readonly outcome?: unknown;
}

/**
 * A third party's request to the court for a provisional measure against the disclosure of a
 * sent decision, as the clerk records it: asked for on a day, later ruled on or withdrawn. While
 * one is pending (`request.provisional_measure_since`), the requester's downloads and the
 * publication wait (LD-RELEASE-DOWNLOAD). Each step is a recorded event of the request.
 */
@Injectable()
export class ProvisionalMeasures {
  constructor(private readonly changes: RequestChanges) {}

  async request(actor: Actor, requestId: string, input: ProvisionalMeasureRequestInput) {
    const requestedOn = dateOf(input?.requestedOn, 'requestedOn');
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const { sentOn, provisionalMeasureSince } = ctx.row;
      if (sentOn === null) throw measureError('PROVISIONAL_MEASURE.NOT_SENT');
      if (provisionalMeasureSince !== null) {
        throw measureError('PROVISIONAL_MEASURE.PENDING', { since: provisionalMeasureSince });
      }
      if (requestedOn.isBefore(LocalDate.parse(sentOn)))
        throw invalidInput('requestedOn', 'not_before_sending');
      if (requestedOn.isAfter(ctx.today)) throw invalidInput('requestedOn', 'not_in_future');
      const payload = { requestedOn: requestedOn.toString() };
      return {
        events: [event(ctx.today, PROVISIONAL_MEASURE_REQUESTED_EVENT, payload)],
        state: ctx.state,
        patch: { provisionalMeasureSince: requestedOn.toString() },
      };
    });
  }

  async end(actor: Actor, requestId: string, input: ProvisionalMeasureEndInput) {
    const endedOn = dateOf(input?.endedOn, 'endedOn');
    const outcome = input?.outcome;
    if (!PROVISIONAL_MEASURE_OUTCOMES.includes(outcome as ProvisionalMeasureOutcome)) {
      throw invalidInput('outcome', 'ruled_or_withdrawn');
    }
    await this.changes.run(actor, requestId, undefined, async (ctx) => {
      const since = ctx.row.provisionalMeasureSince;
      if (since === null) throw measureError('PROVISIONAL_MEASURE.NONE_PENDING');
      if (endedOn.isBefore(LocalDate.parse(since)))
        throw invalidInput('endedOn', 'not_before_requested');
      if (endedOn.isAfter(ctx.today)) throw invalidInput('endedOn', 'not_in_future');
      const payload = { requestedOn: since, endedOn: endedOn.toString(), outcome };
      return {
        events: [event(ctx.today, PROVISIONAL_MEASURE_ENDED_EVENT, payload)],
        state: ctx.state,
        patch: { provisionalMeasureSince: null },
      };
    });
  }
}

function dateOf(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !LocalDate.isValid(value)) throw invalidInput(field, 'date');
  return LocalDate.parse(value);
}

function event(today: LocalDate, type: string, payload: Record<string, unknown>) {
  return { type, occurredOn: today.toString(), payload };
}

const MESSAGES = {
  'PROVISIONAL_MEASURE.NOT_SENT': [
    'Het besluit is nog niet verzonden: er kan nog geen voorlopige voorziening tegen zijn gevraagd.',
    'The decision has not been sent: no provisional measure can have been asked against it yet.',
  ],
  'PROVISIONAL_MEASURE.PENDING': [
    'Er loopt al een verzoek om een voorlopige voorziening. Leg eerst vast hoe dat is afgelopen.',
    'A provisional measure is already pending. Record first how it ended.',
  ],
  'PROVISIONAL_MEASURE.NONE_PENDING': [
    'Er loopt geen verzoek om een voorlopige voorziening.',
    'No provisional measure is pending.',
  ],
} as const;

function measureError(
  code: keyof typeof MESSAGES,
  details?: Record<string, unknown>,
): WorkflowError {
  const [nl, en] = MESSAGES[code];
  return new WorkflowError('invalid', code, nl, en, details);
}
