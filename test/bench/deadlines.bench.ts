// Benchmark section "deadlines": full computeRequestDeadlines calls, with 0, 1 and 5 suspensions.
import {
  computeRequestDeadlines,
  type HolidayCalendar,
  LocalDate,
  REGIME_TERMS,
  type RequestFacts,
  type Suspension,
  termRegimeFor,
} from '@wobdesk/domain';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCalendar } from '../../apps/cli/src/seeds.js';
import { Prng } from './prng.js';
import type { Benchmark, BenchCase } from './registry.js';

/** The target: full decision-deadline computations per second on one core. */
export const DEADLINE_TARGET_OPS_PER_SEC = 200_000;
/** Receipt dates are drawn from these years (both included). */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2030;
/** Distinct fact sets per case; the harness cycles through them. */
export const POOL_SIZE = 4096;
const SEED = 20_240_501;

/** The shipped seed calendar, found from the working directory or from this file. */
export function benchCalendar(): HolidayCalendar {
  return loadCalendar(undefined, process.cwd(), dirname(fileURLToPath(import.meta.url))).calendar;
}

/**
 * One request as a clerk records it: a receipt date, an extension in half of the cases, a decision
 * sent 2–12 weeks later, an expected third-party objection in a quarter, a lodged objection in a
 * third, and `suspensionCount` suspensions of mixed kinds.
 */
export function randomFacts(rng: Prng, suspensionCount: number): RequestFacts {
  const first = LocalDate.of(FIRST_YEAR, 1, 1).epochDay;
  const last = LocalDate.of(LAST_YEAR, 12, 31).epochDay;
  const receivedOn = LocalDate.fromEpochDay(rng.int(first, last));
  const terms = REGIME_TERMS[termRegimeFor(receivedOn)];
  const at = (days: number) => receivedOn.plusDays(days);
  const extension = rng.chance(0.5)
    ? { notifiedOn: at(rng.int(7, 27)), days: terms.maxExtensionDays }
    : undefined;
  const suspensions = Array.from({ length: suspensionCount }, (_, k) =>
    randomSuspension(rng, receivedOn, k),
  );
  const decidedOn = at(rng.int(14, 84));
  const sentOn = decidedOn.plusDays(rng.int(0, 2));
  const objection = rng.chance(1 / 3)
    ? {
        receivedOn: sentOn.plusDays(rng.int(5, 45)),
        byPost: false,
        advisoryCommittee: rng.chance(0.5),
      }
    : undefined;
  return {
    receivedOn,
    ...(extension && { extension }),
    ...(suspensions.length > 0 && { suspensions }),
    decidedOn,
    sentOn,
    objectionExpected: rng.chance(0.25),
    ...(objection && { objection }),
  };
}

/** The k-th suspension cycles through five kinds, so five suspensions use each kind once. */
function randomSuspension(rng: Prng, receivedOn: LocalDate, k: number): Suspension {
  const at = (days: number) => receivedOn.plusDays(days);
  switch (k % 5) {
    case 0: {
      const notifiedOn = at(rng.int(3, 20));
      const termEndsOn = notifiedOn.plusDays(14);
      return rng.chance(0.7)
        ? {
            kind: 'third_party_view',
            notifiedOn,
            termEndsOn,
            respondedOn: notifiedOn.plusDays(rng.int(1, 16)),
          }
        : { kind: 'third_party_view', notifiedOn, termEndsOn };
    }
    case 1: {
      const requestedOn = at(rng.int(1, 10));
      const termEndsOn = requestedOn.plusDays(14);
      return rng.chance(0.6)
        ? {
            kind: 'clarification',
            requestedOn,
            termEndsOn,
            answeredOn: requestedOn.plusDays(rng.int(1, 16)),
          }
        : { kind: 'clarification', requestedOn, termEndsOn };
    }
    case 2:
      return { kind: 'consent', agreedOn: at(rng.int(5, 25)), days: rng.int(7, 28) };
    case 3: {
      const from = at(rng.int(5, 30));
      return { kind: 'force_majeure', from, until: from.plusDays(rng.int(1, 10)) };
    }
    default: {
      const requestedOn = at(rng.int(2, 15));
      const expectedOn = requestedOn.plusDays(21);
      return rng.chance(0.5)
        ? {
            kind: 'foreign_authority',
            requestedOn,
            expectedOn,
            receivedOn: requestedOn.plusDays(rng.int(5, 25)),
          }
        : { kind: 'foreign_authority', requestedOn, expectedOn };
    }
  }
}

/**
 * `explained`: also serialise the result to JSON, which builds every explanation text (the prose is
 * built on first read), i.e. what the API or a "waarom deze datum?" page pays per request.
 */
function deadlineCase(suspensionCount: number, explained = false): BenchCase {
  const plural = suspensionCount === 1 ? '' : 's';
  return {
    name: `deadlines/${suspensionCount}-suspension${plural}${explained ? '+json' : ''}`,
    description: `computeRequestDeadlines, ${suspensionCount} suspension${plural}${explained ? ', then JSON.stringify (all texts built)' : ''}`,
    targetOpsPerSec: explained ? undefined : DEADLINE_TARGET_OPS_PER_SEC,
    setup() {
      const calendar = benchCalendar();
      const rng = new Prng(SEED + suspensionCount);
      const pool = Array.from({ length: POOL_SIZE }, () => randomFacts(rng, suspensionCount));
      return (i) => {
        const r = computeRequestDeadlines(pool[i % POOL_SIZE], calendar);
        if (explained) return JSON.stringify(r).length;
        return r.decisionDeadline.date.epochDay + r.decisionDeadline.steps.length;
      };
    },
  };
}

export const deadlineBenchmark: Benchmark = {
  name: 'deadlines',
  title: 'Full deadline computation (computeRequestDeadlines)',
  notes: [
    `${POOL_SIZE} fact sets per case from a seeded PRNG (mulberry32, seed ${SEED} + suspensions): receipt dates ${FIRST_YEAR}–${LAST_YEAR},`,
    'extension in 1/2, decision and sending date, objection expected in 1/4, objection lodged in 1/3;',
    'suspensions cycle through third_party_view, clarification, consent, force_majeure, foreign_authority.',
    `Target: ≥ ${DEADLINE_TARGET_OPS_PER_SEC.toLocaleString('en-US')} full decision-deadline computations per second on one core.`,
    'Every date and every derivation step (rule, article, from, to) is computed; the explanation prose is built on',
    'first read, so the +json cases (which read all of it) show what one explained answer costs.',
  ],
  cases: [
    deadlineCase(0),
    deadlineCase(1),
    deadlineCase(5),
    deadlineCase(0, true),
    deadlineCase(5, true),
  ],
};
