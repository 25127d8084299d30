// The dependency gate's logic (.ci/audit-gate.js) on recorded `npm audit --json` answers: which
// findings fail CI, which exceptions let one pass, and that an exception is no blank cheque.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Finding {
  id: string;
  package: string;
  severity: string;
}
interface Gate {
  findingsOf(report: unknown): Finding[];
  exceptionProblems(exceptions: unknown): string[];
  judge(
    findings: Finding[],
    exceptions: unknown,
    today: string,
  ): { failures: string[]; unused: string[] };
}

const root = process.cwd();
const gate = (await import(pathToFileURL(join(root, '.ci/audit-gate.js')).href)) as Gate;
const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(join(root, 'test/fixtures/npm-audit', `${name}.json`), 'utf8'));

const REASON = 'Only reached from the build; no input from outside reaches the parser.';
const exception = (id: string, pkg: string, reviewBy = '2027-06-01') => ({
  id,
  package: pkg,
  reason: REASON,
  reviewBy,
});

describe('the dependency audit gate', () => {
  const findings = gate.findingsOf(recorded('findings'));

  it('should list each high or critical advisory once, under the package that has it', () => {
    expect(findings.map((f) => [f.id, f.package, f.severity])).toEqual([
      ['GHSA-9r2w-394v-53qc', 'tar', 'critical'],
      ['GHSA-mpg4-rc92-vx8v', 'fast-xml-parser', 'high'],
    ]);
  });

  it('should find nothing in a clean report', () => {
    expect(gate.findingsOf(recorded('clean'))).toEqual([]);
    expect(gate.judge([], [], '2026-12-03')).toEqual({ failures: [], unused: [] });
  });

  it("should refuse npm's error answer instead of passing as clean", () => {
    expect(() => gate.findingsOf(recorded('unreachable'))).toThrow(/405 Method Not Allowed/);
  });

  it('should fail on every finding without an exception', () => {
    const { failures } = gate.judge(findings, [], '2026-12-03');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toContain('critical GHSA-9r2w-394v-53qc in tar');
    expect(failures[0]).toContain('https://github.com/advisories/GHSA-9r2w-394v-53qc');
  });

  it('should pass when each finding has an exception with a reason and a review date to come', () => {
    const exceptions = [
      exception('GHSA-9r2w-394v-53qc', 'tar'),
      exception('GHSA-mpg4-rc92-vx8v', 'fast-xml-parser'),
    ];
    expect(gate.judge(findings, exceptions, '2026-12-03')).toEqual({ failures: [], unused: [] });
  });

  it('should match an exception on both the advisory and the package', () => {
    const exceptions = [
      exception('GHSA-9r2w-394v-53qc', 'fast-xml-parser'),
      exception('GHSA-mpg4-rc92-vx8v', 'fast-xml-parser'),
    ];
    const { failures, unused } = gate.judge(findings, exceptions, '2026-12-03');
    expect(failures).toEqual([expect.stringContaining('GHSA-9r2w-394v-53qc in tar')]);
    expect(unused).toEqual(['GHSA-9r2w-394v-53qc in fast-xml-parser']);
  });

  it('should fail once an exception is past its review date', () => {
    const exceptions = [
      exception('GHSA-9r2w-394v-53qc', 'tar', '2026-12-02'),
      exception('GHSA-mpg4-rc92-vx8v', 'fast-xml-parser', '2026-12-03'),
    ];
    expect(gate.judge(findings, exceptions, '2026-12-03').failures).toEqual([
      'the exception for GHSA-9r2w-394v-53qc in tar was due for review on 2026-12-02',
    ]);
  });

  it('should name what is wrong in a malformed exception', () => {
    expect(gate.exceptionProblems({})).toEqual(['the exceptions file must hold a JSON array']);
    expect(
      gate.exceptionProblems([
        { id: '1097493', package: ' ', reason: 'ok', reviewBy: '2027-13-45' },
      ]),
    ).toEqual([
      'exception 1: id must be a GHSA advisory id',
      'exception 1: package is required',
      'exception 1: reason is required (why the finding does not apply or cannot be fixed yet)',
      'exception 1: reviewBy must be a date (YYYY-MM-DD)',
    ]);
  });

  it('should keep the recorded exceptions file valid', () => {
    const file = JSON.parse(readFileSync(join(root, '.audit-exceptions.json'), 'utf8'));
    expect(gate.exceptionProblems(file)).toEqual([]);
  });
});
