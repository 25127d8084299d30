// `npm run bench [-- --only deadlines --time 2000 --warmup 500 --json]`: runs the benchmark
// sections of registry.ts on the main thread and prints the figures with the command and the
// Node version that produced them.
import { cpus, platform, arch } from 'node:os';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type CaseResult, formatTable, grouped, measure } from './harness.js';
import { BENCHMARKS } from './registry.js';

function usage(message: string): never {
  process.stderr.write(
    `bench: ${message}\nusage: npm run bench -- [--only NAME[,NAME]] [--time MS] [--warmup MS] [--json]\n`,
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

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string' },
        time: { type: 'string' },
        warmup: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const measureMs = positiveMs('--time', values.time, 2000);
  const warmupMs = positiveMs('--warmup', values.warmup, 500);
  const only = values.only?.split(',').map((s) => s.trim());
  const selected = (name: string) =>
    !only || only.some((o) => name === o || name.startsWith(`${o}/`));
  const sections = BENCHMARKS.map((b) => ({
    ...b,
    cases: b.cases.filter((c) => selected(c.name)),
  })).filter((b) => b.cases.length > 0);
  if (sections.length === 0)
    usage(
      `--only ${values.only}: no such benchmark; have ${BENCHMARKS.flatMap((b) => b.cases.map((c) => c.name)).join(', ')}`,
    );

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out = (text: string) => void process.stdout.write(text);
  out(`command: ${commandLine()}\n`);
  out(
    `node ${process.version} (V8 ${process.versions.v8}), ${platform()} ${arch()}, ${cpu}, ${cpus().length} logical CPUs\n`,
  );
  out(
    `one JavaScript thread (the main thread; V8's GC helper threads are not pinned); warm-up ${warmupMs} ms, then ${measureMs} ms in 10 slices per case\n`,
  );

  const results: CaseResult[] = [];
  for (const section of sections) {
    out(`\n== ${section.name}: ${section.title}\n`);
    for (const note of section.notes) out(`   ${note}\n`);
    for (const c of section.cases) {
      const r = measure(c, { warmupMs, measureMs, samples: 10 });
      results.push(r);
      const ratio =
        r.ratioToTarget === undefined
          ? ''
          : `, ${r.ratioToTarget.toFixed(2)}× the target of ${grouped(r.targetOpsPerSec!)}`;
      out(
        `   ${r.description}: ${grouped(r.opsPerSec)} ops/s${ratio} (${grouped(r.operations)} operations in ${r.seconds.toFixed(2)} s)\n`,
      );
    }
  }
  const maxRssMb = (process.resourceUsage().maxRSS / 1024).toFixed(1);
  out(`\n${formatTable(results)}`);
  out(`peak RSS of the whole process (getrusage maxrss): ${maxRssMb} MB\n`);
  const below = results.filter((r) => r.ratioToTarget !== undefined && r.ratioToTarget < 1);
  out(
    below.length === 0
      ? 'all cases with a target meet it\n'
      : `BELOW TARGET: ${below.map((r) => r.name).join(', ')}\n`,
  );
  if (values.json)
    out(`${JSON.stringify({ command: commandLine(), node: process.version, results }, null, 2)}\n`);
}

main();
