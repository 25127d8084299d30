// Keeps the benchmark code working: deterministic inputs, valid facts, a harness that measures.
import { computeRequestDeadlines } from '@wobdesk/domain';
import {
  benchCalendar,
  deadlineBenchmark,
  FIRST_YEAR,
  LAST_YEAR,
  randomFacts,
} from './deadlines.bench.js';
import { formatTable, grouped, measure } from './harness.js';
import { Prng } from './prng.js';
import { BENCHMARKS } from './registry.js';

describe('Prng', () => {
  it('is deterministic for a seed and stays in range', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const xs = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.int(3, 7)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(7);
    expect(new Prng(43).next()).not.toBe(new Prng(42).next());
  });
});

describe('deadline benchmark inputs', () => {
  const calendar = benchCalendar();

  it.each([0, 1, 5])('%i suspensions: receipt dates in range, computable facts', (count) => {
    const rng = new Prng(7);
    for (let n = 0; n < 300; n++) {
      const facts = randomFacts(rng, count);
      expect(facts.receivedOn.year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(facts.receivedOn.year).toBeLessThanOrEqual(LAST_YEAR);
      expect(facts.suspensions?.length ?? 0).toBe(count);
      const r = computeRequestDeadlines(facts, calendar);
      expect(r.decisionDeadline.date.isBefore(facts.receivedOn)).toBe(false);
    }
  });

  it('the registry names every case uniquely', () => {
    const names = BENCHMARKS.flatMap((b) => b.cases.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'deadlines/0-suspensions',
      'deadlines/1-suspension',
      'deadlines/5-suspensions',
      'deadlines/0-suspensions+json',
      'deadlines/5-suspensions+json',
    ]);
  });
});

describe('harness', () => {
  it('measures a case briefly and formats a table row', () => {
    const r = measure(deadlineBenchmark.cases[0], { warmupMs: 5, measureMs: 20, samples: 2 });
    expect(r.operations).toBeGreaterThan(0);
    expect(r.sampleOpsPerSec).toHaveLength(2);
    expect(r.ratioToTarget).toBeCloseTo(r.opsPerSec / 200_000);
    expect(r.memoryPeak.rss).toBeGreaterThanOrEqual(r.memoryBefore.rss);
    const table = formatTable([r]).split('\n');
    expect(table[0]).toMatch(/^case +ops\/s/);
    expect(table[2]).toMatch(/^deadlines\/0-suspensions +[\d ]+ /);
  });

  it('groups digits by three', () => {
    expect(grouped(1234567.4)).toBe('1 234 567');
    expect(grouped(999)).toBe('999');
  });
});
