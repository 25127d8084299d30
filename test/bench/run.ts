// `npm run bench [-- --only deadlines,http/status --time 2000 --warmup 500 --json]`: runs the
// benchmark sections of registry.ts and prints the figures with the command and the Node version
// that produced them. Synchronous sections run on the main thread (harness.ts); async sections
// (HTTP, database) measure themselves and may start child processes.
import { cpus, platform, arch, loadavg } from 'node:os';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type CaseResult, formatTable, grouped, measure } from './harness.js';
import { UsageError } from './options.js';
import { type AsyncSectionResult, isAsync, SECTIONS, type TargetCheck } from './registry.js';

const ASYNC_FLAGS: Readonly<Record<string, string>> = Object.assign(
  {},
  ...SECTIONS.filter(isAsync).map((s) => s.flags),
);

function usage(message: string): never {
  const extra = Object.entries(ASYNC_FLAGS)
    .map(([name, help]) => `  --${name} VALUE  ${help}\n`)
    .join('');
  process.stderr.write(
    `bench: ${message}\nusage: npm run bench -- [--only NAME[,NAME]] [--time MS] [--warmup MS] [--json]\n${extra}`,
  );
  process.exit(2);
}

function positiveMs(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) usage(`${flag} ${value}: give a whole number of milliseconds`);
  return n;
}

/** The command line that is running, as it could be typed again. */
function commandLine(): string {
  const node = [
    'node',
    ...process.execArgv,
    relative(process.cwd(), process.argv[1]),
    ...process.argv.slice(2),
  ].join(' ');
  const viaNpm = process.env.npm_lifecycle_event === 'bench';
  const args = process.argv.slice(2).join(' ');
  return viaNpm ? `npm run bench${args ? ` -- ${args}` : ''}  (runs: ${node})` : node;
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string' },
        time: { type: 'string' },
        warmup: { type: 'string' },
        json: { type: 'boolean' },
        ...Object.fromEntries(Object.keys(ASYNC_FLAGS).map((k) => [k, { type: 'string' }])),
      },
      strict: true,
    }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const measureMs = positiveMs('--time', values.time as string | undefined, 2000);
  const warmupMs = positiveMs('--warmup', values.warmup as string | undefined, 500);
  const onlyFlag = values.only as string | undefined;
  const only = onlyFlag?.split(',').map((s) => s.trim());
  const selected = (name: string) =>
    !only || only.some((o) => name === o || name.startsWith(`${o}/`));
  const sections = SECTIONS.map((s) => ({
    section: s,
    cases: s.cases.filter((c) => selected(c.name)).map((c) => c.name),
  })).filter((s) => s.cases.length > 0);
  if (sections.length === 0)
    usage(
      `--only ${onlyFlag}: no such benchmark; have ${SECTIONS.flatMap((b) => b.cases.map((c) => c.name)).join(', ')}`,
    );
  const asyncOptions: Record<string, string | undefined> = {};
  for (const k of Object.keys(ASYNC_FLAGS)) asyncOptions[k] = values[k] as string | undefined;

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out = (text: string) => void process.stdout.write(text);
  out(`command: ${commandLine()}\n`);
  out(
    `node ${process.version} (V8 ${process.versions.v8}), ${platform()} ${arch()}, ${cpu}, ${cpus().length} logical CPUs, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  );
  if (sections.some((s) => !isAsync(s.section)))
    out(
      `synchronous sections: one JavaScript thread (the main thread; V8's GC helper threads are not pinned); warm-up ${warmupMs} ms, then ${measureMs} ms in 10 slices per case\n`,
    );

  const results: CaseResult[] = [];
  const asyncResults: { name: string; result: AsyncSectionResult }[] = [];
  const checks: TargetCheck[] = [];
  for (const { section, cases } of sections) {
    out(`\n== ${section.name}: ${section.title}\n`);
    for (const note of section.notes) out(`   ${note}\n`);
    if (isAsync(section)) {
      try {
        const result = await section.run({ selected: cases, out, options: asyncOptions });
        asyncResults.push({ name: section.name, result });
        checks.push(...result.checks);
      } catch (e) {
        if (e instanceof UsageError) usage(e.message);
        throw e;
      }
      continue;
    }
    for (const c of section.cases.filter((c) => cases.includes(c.name))) {
      const r = measure(c, { warmupMs, measureMs, samples: 10 });
      results.push(r);
      const ratio =
        r.ratioToTarget === undefined
          ? ''
          : `, ${r.ratioToTarget.toFixed(2)}× the target of ${grouped(r.targetOpsPerSec!)}`;
      out(
        `   ${r.description}: ${grouped(r.opsPerSec)} ops/s${ratio} (${grouped(r.operations)} operations in ${r.seconds.toFixed(2)} s)\n`,
      );
      if (r.ratioToTarget !== undefined)
        checks.push({
          name: r.name,
          summary: `${r.name}: ${r.ratioToTarget.toFixed(2)}× the target`,
          met: r.ratioToTarget >= 1,
        });
    }
  }
  const maxRssMb = (process.resourceUsage().maxRSS / 1024).toFixed(1);
  if (results.length > 0) out(`\n${formatTable(results)}`);
  for (const { name, result } of asyncResults) out(`\n[${name}]\n${result.table}`);
  out(`\npeak RSS of the bench process (getrusage maxrss): ${maxRssMb} MB\n`);
  const below = checks.filter((c) => c.met === false);
  out(
    below.length === 0
      ? 'all cases with a target meet it\n'
      : `BELOW TARGET: ${below.map((c) => c.name).join(', ')}\n`,
  );
  if (values.json)
    out(
      `${JSON.stringify(
        {
          command: commandLine(),
          node: process.version,
          results,
          sections: Object.fromEntries(asyncResults.map((a) => [a.name, a.result.data])),
        },
        null,
        2,
      )}\n`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
