// Recording that a stored letter was sent to the requester: the letter's sending stamp is set
// once (a sent letter is never replaced; generating again makes a new draft version) and a
// `letter_sent` event joins the request's log, dated the day of sending.
import { LocalDate } from '@wobdesk/domain';
import type { NewRequestEvent } from '@wobdesk/persistence';
import { WorkflowError } from './workflow-error.js';
import type { Actor } from './actor.js';
import { checkSendable, type SendOverride } from './letter-sending-rules.js';
import type { ChangeContext } from './request-change.js';

/** How a letter went out, when the clerk recorded it: by e-mail or by post. */
export const LETTER_CHANNELS = ['email', 'post'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

export const letterNotFound = (id: string) =>
  new WorkflowError(
    'not_found',
    'LETTER.NOT_FOUND',
    'Deze brief bestaat niet (of niet bij uw organisatie).',
    'This letter does not exist (or not in your organisation).',
    { id },
  );

/** A sent letter sent again: the step conflicts with the letter as it stands (409). */
export const ALREADY_SENT = 'LETTER.ALREADY_SENT';

/** Checks the sending date against today and the letter's date. */
export function checkSentOn(
  sentOn: unknown,
  today: LocalDate,
  letterDate: string | null,
): LocalDate {
  if (typeof sentOn !== 'string' || !LocalDate.isValid(sentOn)) {
    throw new WorkflowError(
      'invalid',
      'REQUEST.INVALID_INPUT',
      'De verzenddatum moet een datum zijn (JJJJ-MM-DD).',
      'The sending date must be a date (YYYY-MM-DD).',
      { field: 'sentOn', rule: 'date' },
    );
  }
  const date = LocalDate.parse(sentOn);
  if (date.isAfter(today)) {
    throw new WorkflowError(
      'invalid',
      'LETTER.SENT_IN_FUTURE',
      'Een brief kan niet worden verzonden op een dag die nog moet komen.',
      'A letter cannot have been sent on a day still to come.',
      { field: 'sentOn', rule: 'notAfterToday', today: today.toString() },
    );
  }
  if (letterDate !== null && sentOn < letterDate) {
    throw new WorkflowError(
      'invalid',
      'LETTER.SENT_BEFORE_LETTER_DATE',
      `Een brief kan niet worden verzonden vóór zijn dagtekening (${letterDate}).`,
      `A letter cannot be sent before the date on it (${letterDate}).`,
      { field: 'sentOn', rule: 'notBeforeLetterDate', letterDate },
    );
  }
  return date;
}

/**
 * Marks the letter `letterId` of the request in `ctx` as sent on `sentOn` and returns the events
 * to append: the sending, preceded by a coordinator's override when the letter had blocking
 * warnings. Refuses an unknown letter (404), one already sent (409) and a blocked one (422).
 */
export async function markLetterSent(
  ctx: ChangeContext,
  letterId: string,
  sentOn: unknown,
  actor: Actor,
  isToRequester: (kind: string) => boolean,
  override?: SendOverride,
  channel?: LetterChannel,
): Promise<{ events: NewRequestEvent[]; kind: string; sentOn: LocalDate }> {
  const row = await ctx.tx.letters.sendingState({
    id: letterId,
    requestId: ctx.row.id,
    organisationId: ctx.row.organisationId,
  });
  if (!row) throw letterNotFound(letterId);
  if (row.sentOn !== null) {
    throw new WorkflowError(
      'domain',
      ALREADY_SENT,
      `Deze brief is al verzonden (op ${row.sentOn}) en kan niet opnieuw worden verzonden of vervangen; maak zo nodig een nieuwe versie.`,
      `This letter was already sent (on ${row.sentOn}); it cannot be sent again or replaced. Generate a new version if needed.`,
      { id: letterId, sentOn: row.sentOn },
    );
  }
  const date = checkSentOn(sentOn, ctx.today, row.letterDate);
  const overridden = checkSendable(row, actor, override, ctx.today.toString());
  await stamp(ctx, letterId, date, actor.userId);
  const sent = sentEvent(letterId, row.kind, date, isToRequester(row.kind), channel);
  return { events: overridden ? [overridden, sent] : [sent], kind: row.kind, sentOn: date };
}

/**
 * The decision's bekendmaking recorded without naming a letter: the newest decision letter (or
 * letter of the decision not to handle the request) is the one sent, when it is still a draft and
 * no such letter has been sent yet. Returns the
 * event to append, or undefined when no letter is marked. A newest draft with blocking warnings
 * refuses the step (422) like sending it would; the step takes no override, so a coordinator
 * sends that letter itself with a reason, which records the decision as sent too.
 */
export async function markDecisionLetterSent(
  ctx: ChangeContext,
  sentOn: LocalDate,
  actor: Actor,
): Promise<NewRequestEvent | undefined> {
  // A decision not to handle the request has its own letter kind (LD-NOT-HANDLED).
  const kind =
    (ctx.state.eventCounts.request_not_handled ?? 0) > 0 ? 'not_handled_decision' : 'decision';
  const letters = await ctx.tx.letters.sendingStatesOfKind(
    ctx.row.organisationId,
    ctx.row.id,
    kind,
  );
  const newest = letters[0];
  if (!newest || letters.some((l) => l.sentOn !== null)) return undefined;
  if (newest.letterDate !== null && sentOn.toString() < newest.letterDate) return undefined;
  checkSendable(newest, actor, undefined, ctx.today.toString());
  await stamp(ctx, newest.id, sentOn, actor.userId);
  return sentEvent(newest.id, kind, sentOn, true);
}

async function stamp(ctx: ChangeContext, id: string, sentOn: LocalDate, actorId: string) {
  // The stamp is set once (a conditional update), even against a concurrent writer.
  const stamped = await ctx.tx.letters.stampSent(id, sentOn.toString(), ctx.now, actorId);
  if (!stamped) throw new Error(`Letter ${id} was sent concurrently`);
}

/**
 * `toRequester`: whether the letter went to the requester (their e-mail notice attaches it) or
 * to a third party or another body (it does not). Events stored without it were all to the
 * requester. `channel` is kept when the clerk named it: the decision's narrative names each
 * letter's medium only from what was recorded, never from the request's channel.
 */
function sentEvent(
  letterId: string,
  kind: string,
  sentOn: LocalDate,
  toRequester: boolean,
  channel?: LetterChannel,
): NewRequestEvent {
  return {
    type: 'letter_sent',
    occurredOn: sentOn.toString(),
    payload: { letterId, kind, toRequester, ...(channel && { channel }) },
  };
}
