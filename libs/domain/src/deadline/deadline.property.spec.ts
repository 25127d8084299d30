// Properties of the deadline engine over random requests (fast-check; a failure prints its seed).
import fc from 'fast-check';
import { seedCalendar } from '../../../../test/support/seed-calendar.js';
import { LocalDate } from '../calendar/local-date.js';
import { applyAtw } from './atw.js';
import { computeDecisionTerm } from './decision-term.js';
import { REGIME_TERMS, WOO_IN_FORCE, termRegimeFor } from './regime.js';
import { computeRequestDeadlines } from './request-deadlines.js';
import type { Suspension } from './suspension.js';

const calendar = seedCalendar();
const FROM = LocalDate.parse('1995-01-01').epochDay;
const TO = LocalDate.parse('2035-12-31').epochDay;
const dayArb = fc.integer({ min: FROM, max: TO }).map(LocalDate.fromEpochDay);

/** A suspension placed relative to the receipt date, so it can be moved with it. */
const relativeSuspension = fc.oneof(
  fc.record({
    kind: fc.constant('third_party_view' as const),
    at: fc.integer({ min: 0, max: 60 }),
    term: fc.integer({ min: 1, max: 30 }),
    answer: fc.option(fc.integer({ min: 0, max: 40 })),
  }),
  fc.record({
    kind: fc.constant('clarification' as const),
    at: fc.integer({ min: 0, max: 60 }),
    term: fc.option(fc.integer({ min: 1, max: 30 })),
    answer: fc.option(fc.integer({ min: 0, max: 40 })),
  }),
  fc.record({
    kind: fc.constant('consent' as const),
    at: fc.integer({ min: 0, max: 40 }),
    term: fc.integer({ min: 1, max: 60 }),
    answer: fc.constant(null),
  }),
  fc.record({
    kind: fc.constant('force_majeure' as const),
    at: fc.integer({ min: 1, max: 60 }),
    term: fc.integer({ min: 0, max: 30 }),
    answer: fc.constant(null),
  }),
);
type RelativeSuspension = typeof relativeSuspension extends fc.Arbitrary<infer T> ? T : never;

function place(r: LocalDate, s: RelativeSuspension): Suspension {
  const at = r.plusDays(s.at);
  switch (s.kind) {
    case 'third_party_view':
      return {
        kind: s.kind,
        notifiedOn: at,
        termEndsOn: at.plusDays(s.term),
        respondedOn: s.answer === null ? undefined : at.plusDays(s.answer),
      };
    case 'clarification':
      return {
        kind: s.kind,
        requestedOn: at,
        termEndsOn: s.term === null ? undefined : at.plusDays(s.term),
        answeredOn: s.answer === null ? undefined : at.plusDays(s.answer),
      };
    case 'consent':
      return { kind: s.kind, agreedOn: at, days: s.term };
    case 'force_majeure':
      return { kind: s.kind, from: at, until: at.plusDays(s.term) };
  }
}

const requestArb = fc.record({
  receivedOn: dayArb,
  extensionShare: fc.double({ min: 0, max: 1, noNaN: true }),
  suspensions: fc.array(relativeSuspension, { maxLength: 5 }),
  sentAfter: fc.integer({ min: 0, max: 120 }),
});

type RequestSample = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function facts(req: RequestSample, receivedOn = req.receivedOn) {
  const max = REGIME_TERMS[termRegimeFor(receivedOn)].maxExtensionDays;
  const days = Math.round(req.extensionShare * max);
  return {
    receivedOn,
    extension: days > 0 ? { notifiedOn: receivedOn.plusDays(20), days } : undefined,
    suspensions: req.suspensions.map((s) => place(receivedOn, s)),
    sentOn: receivedOn.plusDays(req.sentAfter),
    objectionExpected: true,
    objection: { receivedOn: receivedOn.plusDays(req.sentAfter + 10), byPost: false },
  };
}

describe('deadline properties', () => {
  it('no computed last day falls on a Saturday, Sunday or Atw holiday', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = computeRequestDeadlines(facts(req), calendar);
        const dates = [
          r.firstTermEnd,
          r.decisionDeadline,
          r.clarificationDeadline,
          r.disclosureDate,
          r.objectionWindow?.endsOn,
          r.objectionWindow?.postalReceiptBy,
          r.objectionDecisionDeadline,
        ];
        for (const c of dates) if (c) expect(calendar.isNonWorkingDay(c.date)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a later receipt never gives an earlier deadline (same suspensions and extension)', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 400 }), (req, later) => {
        const a = computeRequestDeadlines(facts(req), calendar);
        const b = computeRequestDeadlines(
          { ...facts(req), receivedOn: req.receivedOn.plusDays(later) },
          calendar,
        );
        if (termRegimeFor(req.receivedOn) === termRegimeFor(req.receivedOn.plusDays(later))) {
          expect(b.decisionDeadline.date.isBefore(a.decisionDeadline.date)).toBe(false);
        }
        expect(b.firstTermEnd.date.isBefore(a.firstTermEnd.date)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('an extension never shortens the deadline', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 28 }), (req, days) => {
        const f = facts(req);
        const regime = termRegimeFor(f.receivedOn);
        const without = computeDecisionTerm({ ...f, regime, extensionDays: 0 }, calendar);
        const withExt = computeDecisionTerm(
          { ...f, regime, extensionDays: Math.min(days, REGIME_TERMS[regime].maxExtensionDays) },
          calendar,
        );
        expect(withExt.decisionDeadline.date.isBefore(without.decisionDeadline.date)).toBe(false);
        expect(withExt.firstTermEnd.date.equals(without.firstTermEnd.date)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a suspension of n days inside the running term moves the raw end by exactly n and the deadline never back', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 27 }),
        fc.integer({ min: 1, max: 60 }),
        (receivedOn, at, n) => {
          const regime = termRegimeFor(receivedOn);
          const before = computeDecisionTerm({ receivedOn, regime }, calendar);
          const notifiedOn = receivedOn.plusDays(at);
          const suspension: Suspension = {
            kind: 'third_party_view',
            notifiedOn,
            termEndsOn: notifiedOn.plusDays(n),
          };
          const after = computeDecisionTerm(
            { receivedOn, regime, suspensions: [suspension] },
            calendar,
          );
          expect(before.rawDecisionEnd.daysUntil(after.rawDecisionEnd)).toBe(n);
          expect(after.suspendedDays).toBe(n);
          expect(after.decisionDeadline.date.isBefore(before.decisionDeadline.date)).toBe(false);
          expect(after.decisionDeadline.date.isBefore(before.rawDecisionEnd.plusDays(n))).toBe(
            false,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('adding any suspension never shortens the deadline, and overlapping days count once (LD-SUSPENSION-OVERLAP)', () => {
    fc.assert(
      fc.property(requestArb, relativeSuspension, (req, extra) => {
        const f = facts(req);
        const regime = termRegimeFor(f.receivedOn);
        const base = computeDecisionTerm(
          { ...f, regime, extensionDays: f.extension?.days },
          calendar,
        );
        const more = computeDecisionTerm(
          {
            ...f,
            regime,
            extensionDays: f.extension?.days,
            suspensions: [...f.suspensions, place(f.receivedOn, extra)],
          },
          calendar,
        );
        expect(more.decisionDeadline.date.isBefore(base.decisionDeadline.date)).toBe(false);
        const twice = computeDecisionTerm(
          {
            ...f,
            regime,
            extensionDays: f.extension?.days,
            suspensions: [...f.suspensions, ...f.suspensions.filter((s) => s.kind !== 'consent')],
          },
          calendar,
        );
        expect(twice.decisionDeadline.date.equals(base.decisionDeadline.date)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the Atw shift is idempotent, never moves a date back, and skips only non-working days (art. 1)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 7, max: 84 }), (raw, termDays) => {
        const start = raw.minusDays(termDays - 1);
        const once = applyAtw(calendar, raw, start, termDays).date;
        expect(applyAtw(calendar, once, start, termDays).date.equals(once)).toBe(true);
        expect(once.isBefore(raw)).toBe(false);
        for (let day = raw; day.isBefore(once); day = day.plusDays(1))
          expect(calendar.isNonWorkingDay(day)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('Atw art. 2: a three-day term always contains two working days', () => {
    fc.assert(
      fc.property(dayArb, (start) => {
        const end = applyAtw(calendar, start.plusDays(2), start, 3).date;
        let working = 0;
        for (let day = start; !day.isAfter(end); day = day.plusDays(1))
          if (!calendar.isNonWorkingDay(day)) working++;
        expect(working).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
  });

  it('the regime boundary of 1 May 2022 picks the term table: Wob 4+4 weeks before, Woo 4+2 weeks from then on', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (offset) => {
        const receivedOn = WOO_IN_FORCE.plusDays(offset);
        const r = computeRequestDeadlines(
          {
            receivedOn,
            extension: { notifiedOn: receivedOn.plusDays(1), days: offset < 0 ? 28 : 14 },
          },
          calendar,
        );
        const raw = computeDecisionTerm(
          { receivedOn, regime: r.regime, extensionDays: offset < 0 ? 28 : 14 },
          calendar,
        ).rawDecisionEnd;
        expect(r.regime).toBe(offset < 0 ? 'wob' : 'woo');
        expect(receivedOn.daysUntil(raw)).toBe(offset < 0 ? 56 : 42);
        expect(r.clarificationDeadline === undefined).toBe(offset < 0);
      }),
    );
  });

  it('LD-SUSPENSION-THIRD-PARTY and LD-SUSPENSION-CLARIFICATION counting: a third-party view X→Y suspends Y−X days under the Woo and Y−X−1 under the Wob, a clarification X→Y suspends Y−X−1 days', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 25 }),
        (receivedOn, at, gap) => {
          const x = receivedOn.plusDays(at);
          const y = x.plusDays(gap);
          const regime = termRegimeFor(receivedOn);
          const view = computeDecisionTerm(
            {
              receivedOn,
              regime,
              suspensions: [
                {
                  kind: 'third_party_view',
                  notifiedOn: x,
                  termEndsOn: y.plusDays(5),
                  respondedOn: y,
                },
              ],
            },
            calendar,
          );
          const clar = computeDecisionTerm(
            {
              receivedOn,
              regime,
              suspensions: [
                { kind: 'clarification', requestedOn: x, termEndsOn: y.plusDays(5), answeredOn: y },
              ],
            },
            calendar,
          );
          // Woo 4.4 lid 3 "tot en met" includes the day of the view; Wob 6 lid 3 "tot" does not.
          expect(view.suspendedDays).toBe(regime === 'woo' ? gap : gap - 1);
          expect(clar.suspendedDays).toBe(gap - 1);
        },
      ),
    );
  });

  it('a clarification without a term suspends nothing (LD-CLARIFICATION-NO-TERM, ABRvS 2016)', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 25 }),
        (receivedOn, at, gap) => {
          const regime = termRegimeFor(receivedOn);
          const x = receivedOn.plusDays(at);
          const r = computeDecisionTerm(
            {
              receivedOn,
              regime,
              suspensions: [{ kind: 'clarification', requestedOn: x, answeredOn: x.plusDays(gap) }],
            },
            calendar,
          );
          expect(r.suspendedDays).toBe(0);
          expect(
            r.decisionDeadline.date.equals(
              computeDecisionTerm({ receivedOn, regime }, calendar).decisionDeadline.date,
            ),
          ).toBe(true);
        },
      ),
    );
  });
});
