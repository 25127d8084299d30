import {
  type Channel,
  CHANNELS,
  CONVERSATION_CHANNELS,
  findRefusalGround,
  ITEM_OUTCOMES,
  type ItemOutcome,
  LocalDate,
  type Regime,
  REGIMES,
  REQUEST_TEXT_LIMITS as LIMIT,
  REQUESTER_KINDS,
  type RequesterKind,
  substantiveLawFor,
} from '@wobdesk/domain';
import {
  type ConversationInput,
  type DecisionInput,
  type NewRequestInput,
  type Requester,
} from './contract.js';
import { invalidInput, workflowError } from './workflow-errors.js';

// The service checks its input itself: the HTTP layer validates DTOs, but the seed, the worker
// and tests call the service directly, and the database must never see a malformed row.

const MAX_TEXT = 10_000;
const MAX_ITEMS = 200;

export function requireText(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidInput(field, 'required');
  if (value.length > max) throw invalidInput(field, `max_length_${max}`);
  return value.trim();
}

export function optionalText(value: unknown, field: string, max = MAX_TEXT): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidInput(field, 'string');
  if (value.length > max) throw invalidInput(field, `max_length_${max}`);
  return value.trim() === '' ? null : value.trim();
}

export function requireDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !LocalDate.isValid(value)) throw invalidInput(field, 'date');
  return LocalDate.parse(value);
}

export function optionalDate(value: unknown, field: string): LocalDate | undefined {
  return value === undefined || value === null ? undefined : requireDate(value, field);
}

function oneOf<T extends string>(value: unknown, list: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(list as readonly string[]).includes(value)) {
    throw invalidInput(field, `one_of:${list.join('|')}`);
  }
  return value as T;
}

function textList(value: unknown, field: string, min: number): string[] {
  if (!Array.isArray(value) || value.length < min) throw invalidInput(field, `min_items_${min}`);
  if (value.length > MAX_ITEMS) throw invalidInput(field, `max_items_${MAX_ITEMS}`);
  return value.map((v, i) => requireText(v, `${field}[${i}]`));
}

export interface ParsedNewRequest {
  readonly requester: {
    name: string;
    kind: RequesterKind;
    salutation: string | null;
    postalAddress: string | null;
    email: string | null;
    phone: string | null;
  };
  readonly letterDate: LocalDate | undefined;
  readonly receivedOn: LocalDate;
  readonly channel: Channel;
  readonly subject: string;
  readonly items: readonly string[];
  readonly regime: Regime | undefined;
  readonly environmentalInformation: boolean | undefined;
  readonly theirReference: string | null;
  readonly assigneeId: string | undefined;
}

export function parseNewRequest(input: NewRequestInput): ParsedNewRequest {
  const r: Partial<Requester> = typeof input.requester === 'object' ? (input.requester ?? {}) : {};
  const receivedOn = requireDate(input.receivedOn, 'receivedOn');
  const letterDate = optionalDate(input.letterDate, 'letterDate');
  if (letterDate?.isAfter(receivedOn)) throw invalidInput('letterDate', 'not_after_receivedOn');
  if (!Array.isArray(input.items) || input.items.length === 0) {
    throw invalidInput('items', 'min_items_1');
  }
  if (input.items.length > MAX_ITEMS) throw invalidInput('items', `max_items_${MAX_ITEMS}`);
  const env = input.environmentalInformation;
  if (env !== undefined && typeof env !== 'boolean') {
    throw invalidInput('environmentalInformation', 'boolean');
  }
  return {
    requester: {
      name: requireText(r.name, 'requester.name', LIMIT.requesterName),
      kind:
        r.kind === undefined || r.kind === null
          ? 'person'
          : oneOf(r.kind, REQUESTER_KINDS, 'requester.kind'),
      salutation: optionalText(r.salutation, 'requester.salutation', LIMIT.salutation),
      postalAddress: optionalText(r.postalAddress, 'requester.postalAddress', LIMIT.postalAddress),
      email: optionalText(r.email, 'requester.email', LIMIT.email),
      phone: optionalText(r.phone, 'requester.phone', LIMIT.phone),
    },
    letterDate,
    receivedOn,
    channel: oneOf(input.channel, CHANNELS, 'channel'),
    subject: requireText(input.subject, 'subject', LIMIT.subject),
    items: input.items.map((item, i) => requireText(item?.text, `items[${i}].text`)),
    regime: input.regime === undefined ? undefined : oneOf(input.regime, REGIMES, 'regime'),
    environmentalInformation: env,
    theirReference: optionalText(input.theirReference, 'theirReference', LIMIT.theirReference),
    assigneeId:
      input.assigneeId === undefined ? undefined : requireText(input.assigneeId, 'assigneeId', 36),
  };
}

export interface ParsedConversation {
  readonly occurredOn: LocalDate;
  readonly channel: ConversationInput['channel'];
  readonly participants: string[];
  readonly summaryPoints: string[];
  readonly summarySentOn: LocalDate | undefined;
}

export function parseConversation(input: ConversationInput, today: LocalDate): ParsedConversation {
  const occurredOn = requireDate(input.occurredOn, 'occurredOn');
  const summarySentOn = optionalDate(input.summarySentOn, 'summarySentOn');
  if (summarySentOn?.isBefore(occurredOn)) {
    throw invalidInput('summarySentOn', 'not_before_occurredOn');
  }
  if (summarySentOn?.isAfter(today)) throw invalidInput('summarySentOn', 'not_in_future');
  return {
    occurredOn,
    channel: oneOf(input.channel, CONVERSATION_CHANNELS, 'channel'),
    participants: textList(input.participants, 'participants', 1),
    summaryPoints: textList(input.summaryPoints, 'summaryPoints', 0),
    summarySentOn,
  };
}

export interface ParsedOutcome {
  readonly number: number;
  readonly outcome: ItemOutcome;
  readonly grounds: string[];
  readonly remarks: string | null;
  /** The weighing of interests a relative ground requires; null when no ground needs one. */
  readonly weighing: string | null;
  /** Where already public information can be found; only for `already_public`. */
  readonly whereAvailable: string | null;
  /** The item whose answer this one shares. */
  readonly answeredWith: number | null;
}

/**
 * Every requested item gets exactly one outcome; a (partial) refusal names its grounds. The
 * error names the first item that breaks a rule (`details.item`). A ground must be one of the
 * law in force on the decision date (LD-REGIME), so that a decision accepted here can always be
 * cited by its letter; a relative ground needs its weighing (LD-GROUNDS).
 */
export function parseOutcomes(
  input: DecisionInput,
  itemNumbers: readonly number[],
  decidedOn: LocalDate,
): ParsedOutcome[] {
  const law = substantiveLawFor(decidedOn);
  if (!Array.isArray(input.outcomes)) throw invalidInput('outcomes', 'required');
  const known = new Set(itemNumbers);
  const seen = new Map<number, ParsedOutcome>();
  input.outcomes.forEach((o, i) => {
    const number = o?.number;
    if (!Number.isInteger(number)) throw invalidInput(`outcomes[${i}].number`, 'integer');
    if (!known.has(number)) throw workflowError('DECISION.UNKNOWN_ITEM', { item: number });
    if (seen.has(number)) throw workflowError('DECISION.DUPLICATE_OUTCOME', { item: number });
    const outcome = oneOf(o.outcome, ITEM_OUTCOMES, `outcomes[${i}].outcome`);
    if (o.grounds !== undefined && !Array.isArray(o.grounds)) {
      throw invalidInput(`outcomes[${i}].grounds`, 'array');
    }
    const grounds = ((o.grounds ?? []) as readonly unknown[]).map((g, j) =>
      requireText(g, `outcomes[${i}].grounds[${j}]`, 100),
    );
    const cited = grounds.map((code, j) => {
      const ground = findRefusalGround(law, code);
      if (!ground) {
        throw workflowError('DECISION.UNKNOWN_GROUND', {
          item: number,
          field: `outcomes[${i}].grounds[${j}]`,
          rule: `refusal_ground_of_${law}`,
        });
      }
      return ground;
    });
    if ((outcome === 'refused' || outcome === 'partly_granted') && grounds.length === 0) {
      throw workflowError('DECISION.GROUNDS_REQUIRED', { item: number });
    }
    const remarks = optionalText(o.remarks, `outcomes[${i}].remarks`);
    const weighing = optionalText(o.weighing, `outcomes[${i}].weighing`);
    if (weighing === null && cited.some((g) => g.relative)) {
      throw workflowError('DECISION.WEIGHING_REQUIRED', {
        item: number,
        field: `outcomes[${i}].weighing`,
        rule: 'required_for_relative_ground',
      });
    }
    const whereAvailable = optionalText(o.whereAvailable, `outcomes[${i}].whereAvailable`, 2000);
    if (outcome === 'already_public' && whereAvailable === null) {
      throw invalidInput(`outcomes[${i}].whereAvailable`, 'required_for_already_public');
    }
    const answeredWith = o.answeredWith ?? null;
    if (answeredWith !== null && (!Number.isInteger(answeredWith) || answeredWith === number)) {
      throw invalidInput(`outcomes[${i}].answeredWith`, 'other_item_number');
    }
    seen.set(number, {
      number,
      outcome,
      grounds,
      remarks,
      weighing,
      whereAvailable: outcome === 'already_public' ? whereAvailable : null,
      answeredWith,
    });
  });
  const missing = itemNumbers.find((n) => !seen.has(n));
  if (missing !== undefined)
    throw workflowError('DECISION.ITEM_WITHOUT_OUTCOME', { item: missing });
  input.outcomes.forEach((o, i) => checkSharedAnswer(seen, seen.get(o.number)!, i));
  return itemNumbers.map((n) => seen.get(n)!);
}

/**
 * An item answered with another shares that answer: the other item is decided here, has its
 * own answer (one level, so the letter's groups are plain), and has the same outcome.
 */
function checkSharedAnswer(
  all: ReadonlyMap<number, ParsedOutcome>,
  item: ParsedOutcome,
  i: number,
): void {
  if (item.answeredWith === null) return;
  const field = `outcomes[${i}].answeredWith`;
  const answer = all.get(item.answeredWith);
  if (!answer) throw invalidInput(field, 'other_item_number');
  if (answer.answeredWith !== null) throw invalidInput(field, 'item_with_its_own_answer');
  if (answer.outcome !== item.outcome) throw invalidInput(field, 'same_outcome');
}
