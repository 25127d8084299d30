// The dependency gate of CI: `npm audit --omit=dev` at high severity fails unless each finding has
// an exception recorded with its reason in .audit-exceptions.json. The pure functions are exported
// for the tests (test/lint/audit-gate.spec.ts); run as a script it calls npm audit and exits 1 on a
// finding without a valid exception. When the advisory service cannot be reached, it fails too: a
// gate that passes because it could not look protects nothing (see docs/security.md).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The severities that fail the gate, as npm audit names them. */
export const GATED_SEVERITIES = ['high', 'critical'];

const ADVISORY_ID = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The advisories at high or critical severity in an `npm audit --json` report (format 2), one per
 * advisory and package. A package that is only vulnerable through another package is not a
 * finding of its own: the advisory is listed under the package that has it.
 * Throws when the report is npm's error answer rather than an audit.
 */
export function findingsOf(report) {
  if (!report || typeof report !== 'object' || typeof report.vulnerabilities !== 'object') {
    const reason = report?.message ?? report?.error?.summary ?? 'no vulnerabilities in the answer';
    throw new Error(`npm audit gave no report: ${reason}`);
  }
  const found = new Map();
  for (const entry of Object.values(report.vulnerabilities)) {
    for (const via of entry.via ?? []) {
      if (typeof via !== 'object' || !GATED_SEVERITIES.includes(via.severity)) continue;
      const id = /GHSA(-[a-z0-9]{4}){3}/i.exec(via.url ?? '')?.[0] ?? String(via.source);
      const pkg = via.name ?? entry.name;
      found.set(`${id} ${pkg}`, {
        id,
        package: pkg,
        severity: via.severity,
        title: via.title ?? '',
        url: via.url ?? '',
      });
    }
  }
  return [...found.values()].sort((a, b) =>
    `${a.id}${a.package}`.localeCompare(`${b.id}${b.package}`),
  );
}

/** The problems in the exceptions file itself: each needs an id, package, reason and review date. */
export function exceptionProblems(exceptions) {
  if (!Array.isArray(exceptions)) return ['the exceptions file must hold a JSON array'];
  const problems = [];
  exceptions.forEach((e, i) => {
    const at = `exception ${i + 1}`;
    if (!ADVISORY_ID.test(e?.id ?? '')) problems.push(`${at}: id must be a GHSA advisory id`);
    if (typeof e?.package !== 'string' || e.package.trim() === '')
      problems.push(`${at}: package is required`);
    if (typeof e?.reason !== 'string' || e.reason.trim().length < 20)
      problems.push(
        `${at}: reason is required (why the finding does not apply or cannot be fixed yet)`,
      );
    if (!ISO_DATE.test(e?.reviewBy ?? '') || Number.isNaN(Date.parse(e.reviewBy)))
      problems.push(`${at}: reviewBy must be a date (YYYY-MM-DD)`);
  });
  return problems;
}

/**
 * Compares the findings with the exceptions on `today` (YYYY-MM-DD): `failures` fail the gate (a
 * finding without an exception, an exception past its review date, a malformed file), `unused`
 * are exceptions that match no finding any more and can be removed.
 */
export function judge(findings, exceptions, today) {
  const failures = exceptionProblems(exceptions);
  const list = Array.isArray(exceptions) ? exceptions : [];
  const matching = (f) => list.find((e) => e?.id === f.id && e?.package === f.package);
  for (const f of findings) {
    const exception = matching(f);
    if (!exception) {
      failures.push(
        `${f.severity} ${f.id} in ${f.package} (${f.title}) has no exception: ${f.url}`,
      );
    } else if (typeof exception.reviewBy === 'string' && exception.reviewBy < today) {
      failures.push(
        `the exception for ${f.id} in ${f.package} was due for review on ${exception.reviewBy}`,
      );
    }
  }
  const unused = list
    .filter((e) => !findings.some((f) => f.id === e?.id && f.package === e?.package))
    .map((e) => `${e?.id} in ${e?.package}`);
  return { failures, unused };
}

function npmAudit() {
  return new Promise((resolve) => {
    // npm audit exits 1 when it finds something; the JSON on stdout is what counts.
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout) => resolve(stdout),
    );
  });
}

async function main() {
  const today = new Date().toISOString().slice(0, 10);
  const exceptions = JSON.parse(readFileSync('.audit-exceptions.json', 'utf8'));
  let findings;
  try {
    findings = findingsOf(JSON.parse((await npmAudit()) || '{}'));
  } catch (error) {
    console.error(`audit: ${error.message}`);
    if (process.env.AUDIT_UNREACHABLE === 'warn') {
      console.error('audit: AUDIT_UNREACHABLE=warn, so CI goes on without the dependency check');
      return 0;
    }
    return 1;
  }
  const { failures, unused } = judge(findings, exceptions, today);
  for (const u of unused)
    console.log(`audit: the exception for ${u} matches no finding; remove it`);
  for (const f of failures) console.error(`audit: ${f}`);
  console.log(
    `audit: ${findings.length} finding(s) at high or critical severity, ${failures.length} failure(s)`,
  );
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
