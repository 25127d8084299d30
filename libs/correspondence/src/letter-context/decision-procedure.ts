// The decision's "Verloop van de behandeling": built only from what the register recorded and
// the letters that were sent. A step names the medium of its sent letter ("Per e-mail van …",
// "Bij brief van …"); a step without a sent letter says what happened without inventing one.
// The requester is "u" and is never listed again among the others in a conversation.
import type { LateDecision, LetterMedium, ProcedureStep } from '@wobdesk/letters';
import type { OrganisationRecord, StoredRequestEvent } from '@wobdesk/persistence';
import type { RequestAggregate } from '@wobdesk/register';
import type { LetterSources } from './common.js';

/** Words for the requester in a list of participants: they are "u" in the letter. */
export const REQUESTER_WORDS: ReadonlySet<string> = new Set([
  'verzoeker',
  'de verzoeker',
  'verzoekster',
  'aanvrager',
]);

const MEDIUM: Record<string, LetterMedium> = { email: 'e-mail', post: 'brief' };

interface SentLetter {
  readonly letterId: string;
  readonly kind: string;
  readonly on: string;
  readonly by?: LetterMedium;
}

export function procedureOf(
  a: RequestAggregate,
  org: OrganisationRecord,
  until: string,
  src: LetterSources,
): ProcedureStep[] {
  const sent = sentLetters(a.events, until);
  const steps: { on: string; step: ProcedureStep }[] = [];
  for (const e of a.events) {
    if (e.occurredOn > until) continue;
    const p = e.payload;
    if (e.type === 'receipt_acknowledged') {
      const letter = sent.find((l) => l.kind === 'acknowledgement');
      const on = letter?.on ?? e.occurredOn;
      const invited = src.earlierInputs.find((l) => l.letterId === letter?.letterId)?.input
        .conversationInvitation;
      steps.push({
        on,
        step: {
          kind: 'acknowledged',
          on,
          ...(letter?.by && { by: letter.by }),
          ...(invited === true && { conversationInvitation: true }),
        },
      });
    } else if (e.type === 'extension_notified' && typeof p.days === 'number') {
      const letter = sent.find((l) => l.kind === 'extension');
      steps.push({
        on: e.occurredOn,
        step: {
          kind: 'extension',
          on: letter?.on ?? e.occurredOn,
          weeks: Math.round(p.days / 7),
          ...(letter?.by && { by: letter.by }),
        },
      });
    } else if (e.type === 'clarification_requested') {
      const answered = a.events.find(
        (x) => x.type === 'clarification_answered' && x.sequence > e.sequence,
      );
      steps.push({
        on: e.occurredOn,
        step: {
          kind: 'clarification',
          on: e.occurredOn,
          ...(answered && answered.occurredOn <= until && { answeredOn: answered.occurredOn }),
        },
      });
    } else if (e.type === 'third_party_view_requested') {
      const letter = sent.find((l) => l.kind === 'third_party_view_start');
      steps.push({
        on: e.occurredOn,
        step: {
          kind: 'third_party_view',
          on: letter?.on ?? e.occurredOn,
          thirdParties:
            src.earlierInputs.find(
              (l) => l.kind === 'third_party_view_start' && l.eventSequence === e.sequence,
            )?.input.thirdParties ?? 'een derde-belanghebbende',
          ...(letter?.by && { by: letter.by }),
        },
      });
    }
  }
  const conversations = a.conversations.filter((c) => c.occurredOn <= until);
  conversations.forEach((c, i) => {
    const points = JSON.parse(c.summaryPoints) as string[];
    steps.push({
      on: c.occurredOn,
      step: {
        kind: 'conversation',
        on: c.occurredOn,
        channel: c.channel,
        withWhom: othersIn(JSON.parse(c.participants) as string[], a.row.requesterName, org),
        ...(c.summarySentOn !== null && { summarySentOn: c.summarySentOn }),
        ...(points.length > 0 && { summaryPoints: points }),
        // "Ten slotte …" only after an earlier conversation, as the seed letter tells it.
        ...(i > 0 && i === conversations.length - 1 && { last: true }),
      },
    });
  });
  // A stable sort: steps of one day keep the order of the log.
  return steps.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0)).map((s) => s.step);
}

/**
 * How late the decision is, counted in calendar days from the deadline to the decision date
 * (both Europe/Amsterdam dates), or undefined when it came in time.
 */
export function lateDecisionOf(
  a: RequestAggregate,
  org: OrganisationRecord,
): LateDecision | undefined {
  const { deadlines, facts } = a.state;
  if (!facts.decidedOn) return undefined;
  const deadline = deadlines.decisionDeadline.date;
  const daysLate = deadline.daysUntil(facts.decidedOn);
  if (daysLate <= 0) return undefined;
  const own = org.lateDecisionApology?.trim();
  return {
    deadline: deadline.toString(),
    daysLate,
    // None of its own: the template says the default sentence in the organisation's voice.
    apology: own ? own : null,
  };
}

/** The sent letters up to `until`, oldest first, with the medium when it was recorded. */
function sentLetters(events: readonly StoredRequestEvent[], until: string): SentLetter[] {
  return events
    .filter((e) => e.type === 'letter_sent' && e.occurredOn <= until)
    .map((e) => {
      const by = MEDIUM[String(e.payload.channel)];
      return {
        letterId: String(e.payload.letterId),
        kind: String(e.payload.kind),
        on: e.occurredOn,
        ...(by && { by }),
      };
    });
}

/**
 * The participants other than the requester, or a staff member of the organisation, in the
 * letter's own voice: a body's name needs an article that depends on the name ("het ministerie",
 * "de gemeente"), and "een van mijn medewerkers" is what the seed letter says in plain words.
 */
function othersIn(participants: string[], requesterName: string, org: OrganisationRecord): string {
  const requester = requesterName.trim().toLowerCase();
  const others = participants.filter((name) => {
    const n = name.trim().toLowerCase();
    return n !== '' && n !== requester && !REQUESTER_WORDS.has(n);
  });
  if (others.length > 0) return joinNl(others);
  return org.voice === 'wij' ? 'een van onze medewerkers' : 'een van mijn medewerkers';
}

function joinNl(names: string[]): string {
  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}
