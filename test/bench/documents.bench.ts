// Benchmark section "documents": taking in a generated corpus of e-mails with attachments
// through RequestDocuments.add (the service behind the upload API), listing a dossier of that
// size over HTTP (the documents list, the inventory API and the inventory page), and exporting the inventory as XLSX and CSV — times, rates and peak memory.
// The corpus is generated from a seed by documents-corpus.ts in the importing child process,
// written to a temporary directory and removed afterwards.
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amsterdamDateOf } from '@wobdesk/domain';
import { dataSourceOptions } from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import { runChildTask } from './child-task.js';
import { startChildServer } from './child-server.js';
import { runDatasetTask } from './datasets.js';
import type { DocumentsTask, ExportMeasurement, ImportMeasurement } from './documents-child.js';
import { ATTACHMENTS_PER_MAIL, MAILS_PER_UPLOAD } from './documents-corpus.js';
import { grouped, quantile, textTable } from './harness.js';
import { TimedClient } from './http-client.js';
import type { CapturedQuery } from './http-server.js';
import { intOption, UsageError } from './options.js';
import { formatPlan, planFindings, type PlanRow } from './query-plan.js';
import type { AsyncBenchmark, AsyncSectionResult, TargetCheck } from './registry.js';
import { type BenchDatabase, createBenchDatabase, login, targetOf } from './wobdesk-fixture.js';

/** Targets: 10,000 mails with 3,000 attachments in ≤ 120 s; list p95 < 150 ms; export < 5 s. */
export const IMPORT_TARGET = { mails: 10_000, seconds: 120 } as const;
export const LIST_TARGET_P95_MS = 150;
export const EXPORT_TARGET_SECONDS = 5;
export const DOCUMENTS_DEFAULTS = {
  sizes: [1_000, 10_000],
  listIterations: 100,
  exportRows: 10_000,
} as const;

const CHILD = fileURLToPath(new URL('./documents-child.js', import.meta.url));

function runChild<T>(task: DocumentsTask, progress: (text: string) => void): Promise<T> {
  return runChildTask(CHILD, task, `documents ${task.task}`, progress, ['--expose-gc']);
}

/** `--documents-sizes 1000,10000,30000`: the corpus sizes in mails, each ≥ 100. */
export function sizesOption(raw: string | undefined): number[] {
  if (raw === undefined) return [...DOCUMENTS_DEFAULTS.sizes];
  const sizes = raw.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    throw new UsageError(`--documents-sizes ${raw}: give whole numbers ≥ 100, comma-separated`);
  }
  return sizes;
}

/** One path measured on the dossier: its latency quantiles and what one answer holds. */
interface PathMeasurement {
  readonly label: string;
  readonly path: string;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly bytes: number;
  /** How many documents the answer lists (a page), of how many the dossier has. */
  readonly shown: number;
  readonly total: number;
}

/** A statement the inventory API ran, with SQLite's plan for it. */
interface PlannedStatement {
  readonly sql: string;
  readonly plan: readonly PlanRow[];
}

interface ListMeasurement {
  readonly documents: number;
  readonly paths: PathMeasurement[];
  readonly statements: PlannedStatement[];
}

/** The measured paths: the API's documents list and inventory (JSON), the inventory page (HTML). */
function listPaths(requestId: string) {
  return [
    { label: 'GET /api/requests/:id/documents', path: `/api/requests/${requestId}/documents` },
    { label: 'GET /api/requests/:id/inventory', path: `/api/requests/${requestId}/inventory` },
    { label: 'GET /verzoeken/:id/inventaris (page)', path: `/verzoeken/${requestId}/inventaris` },
  ] as const;
}

async function measureList(
  db: BenchDatabase,
  requestId: string,
  iterations: number,
): Promise<ListMeasurement> {
  const server = await startChildServer('wobdesk', { env: db.env });
  try {
    const token = await login(server.origin, db.credentials);
    // The pages take the same token as their session cookie.
    const client = new TimedClient(server.origin, {
      authorization: `Bearer ${token}`,
      cookie: `wobdesk_session=${token}`,
    });
    try {
      const paths = listPaths(requestId);
      const ms: number[][] = paths.map(() => []);
      const bytes: number[] = paths.map(() => 0);
      const pages: { shown: number; total: number }[] = paths.map(() => ({ shown: 0, total: 0 }));
      // The first rounds warm the server (JIT, SQLite page cache) and are not counted; the
      // paths take turns, so that the machine's noise spreads over all of them.
      for (let k = 0; k < iterations + 5; k++) {
        for (const [i, { path }] of paths.entries()) {
          const res = await client.send('GET', path);
          if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}`);
          if (k < 5) continue;
          ms[i].push(res.ms);
          bytes[i] = Buffer.byteLength(res.body);
          if (path.startsWith('/api/')) {
            const page = JSON.parse(res.body) as { total: number; documents: unknown[] };
            pages[i] = { shown: page.documents.length, total: page.total };
          }
        }
      }
      await server.startCapture();
      await client.send('GET', paths[1].path);
      const captured = await server.stopCapture();
      const statements = await explain(
        db,
        captured.filter((q) => /"document/.test(q.sql)),
      );
      return {
        documents: pages[1].total,
        statements,
        paths: paths.map(({ label, path }, i) => {
          const sorted = [...ms[i]].sort((a, b) => a - b);
          return {
            label,
            path,
            samples: sorted.length,
            p50: quantile(sorted, 0.5),
            p95: quantile(sorted, 0.95),
            p99: quantile(sorted, 0.99),
            max: sorted[sorted.length - 1],
            bytes: bytes[i],
            ...(path.startsWith('/api/') ? pages[i] : pages[1]),
          };
        }),
      };
    } finally {
      client.close();
    }
  } finally {
    await server.stop();
  }
}

/** EXPLAIN QUERY PLAN of each statement, on a connection of this process. */
async function explain(
  db: BenchDatabase,
  captured: readonly CapturedQuery[],
): Promise<PlannedStatement[]> {
  const ds = await new DataSource(dataSourceOptions(db.config.database)).initialize();
  try {
    const planned: PlannedStatement[] = [];
    for (const q of captured) {
      const plan = (await ds.query(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters])) as PlanRow[];
      planned.push({ sql: q.sql, plan });
    }
    return planned;
  } finally {
    await ds.destroy();
  }
}

const mb = (n: number) => `${n.toFixed(0)} MB`;

export const documentsBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'documents',
  title: 'Documents: intake of e-mails with attachments, the dossier list, the inventory export',
  notes: [
    `Corpus (seeded, generated per run into a temp dir, removed after): N e-mails and ${ATTACHMENTS_PER_MAIL} × N attachments`,
    '(two thirds one-page PDFs written byte by byte with real text, the rest minimal .docx/.xlsx, their text',
    'read from the XML at intake and queued; the queue is drained by the conversion job after the uploads and timed',
    `on its own line), in ZIPs of ${MAILS_PER_UPLOAD} mails; each ZIP one RequestDocuments.add`,
    'call (the service behind POST /api/requests/:id/documents) in a fresh child process on a fresh database.',
    `Target: ${grouped(IMPORT_TARGET.mails)} mails in ≤ ${IMPORT_TARGET.seconds} s; the documents list, the inventory API and the inventory`,
    `page (a page of 50 each) p95 < ${LIST_TARGET_P95_MS} ms on that dossier; XLSX and CSV export of ${grouped(DOCUMENTS_DEFAULTS.exportRows)} rows < ${EXPORT_TARGET_SECONDS} s each; peak RSS not growing with the corpus.`,
    '30,000 mails only with --documents-sizes 1000,10000,30000 (about three times the 10k run).',
  ],
  cases: [
    { name: 'documents/import', description: 'intake of the corpus, per size' },
    {
      name: 'documents/list',
      description:
        'the documents list, the inventory API and the inventory page on the 10k dossier',
    },
    { name: 'documents/export', description: 'inventory XLSX and CSV of 1,000 and 10,000 rows' },
  ],
  flags: {
    'documents-sizes': 'corpus sizes in mails, comma-separated (default 1000,10000)',
    'documents-list-iterations': `list calls measured (default ${DOCUMENTS_DEFAULTS.listIterations})`,
    'export-rows': `rows of the inventory export (default ${grouped(DOCUMENTS_DEFAULTS.exportRows)})`,
  },
  async run(ctx): Promise<AsyncSectionResult> {
    const sizes = sizesOption(ctx.options['documents-sizes']);
    const iterations = intOption(
      ctx.options,
      'documents-list-iterations',
      DOCUMENTS_DEFAULTS.listIterations,
    );
    const exportRows = intOption(ctx.options, 'export-rows', DOCUMENTS_DEFAULTS.exportRows, 10);
    const wants = (c: string) => ctx.selected.includes(`documents/${c}`);
    // The list is measured on the dossier of the size nearest 10,000 mails.
    const listSize = sizes.reduce((a, b) =>
      Math.abs(b - IMPORT_TARGET.mails) < Math.abs(a - IMPORT_TARGET.mails) ? b : a,
    );
    const imports: ImportMeasurement[] = [];
    let list: ListMeasurement | undefined;
    const checks: TargetCheck[] = [];
    const tables: string[] = [];

    if (wants('import') || wants('list')) {
      for (const mails of wants('import') ? sizes : [listSize]) {
        ctx.out(`   import of ${grouped(mails)} mails …\n`);
        const db = await createBenchDatabase(`documents-${mails}`);
        try {
          const today = amsterdamDateOf(new Date()).toString();
          await runDatasetTask({ kind: 'status', target: targetOf(db), count: 1, today });
          const m = await runChild<ImportMeasurement>(
            {
              task: 'import',
              env: db.env,
              organisationId: db.organisationId,
              userId: db.userId,
              mails,
              corpusDir: join(tmpdir(), `wobdesk-bench-corpus-${randomUUID()}`),
            },
            ctx.out,
          );
          imports.push(m);
          ctx.out(
            `   ${grouped(m.documents)} documents in ${m.seconds.toFixed(1)} s (${(m.documents / m.seconds).toFixed(0)}/s; corpus generated in ${m.generateSeconds.toFixed(1)} s), peak RSS ${mb(m.memory.rssPeakMb)}\n`,
          );
          const c = m.conversion;
          const office = c.converted + c.notConverted;
          ctx.out(
            `   queued office conversion drained after the upload: ${grouped(office)} documents in ${c.seconds.toFixed(1)} s (${c.notConverted} not converted), CPU ${office === 0 ? '–' : `${((1000 * c.cpuSeconds.own) / office).toFixed(1)} + ${((1000 * c.cpuSeconds.tools) / office).toFixed(1)}`} ms/office document (own + tools)\n`,
          );
          if (mails === listSize && wants('list')) {
            list = await measureList(db, m.requestId, iterations);
            for (const p of list.paths) {
              ctx.out(
                `   ${p.label}: p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms (${(p.bytes / 1024).toFixed(0)} kB per response)\n`,
              );
            }
          }
        } finally {
          await db.remove();
        }
      }
    }

    if (imports.length > 0 && wants('import')) {
      const smallest = imports[0];
      const perDoc = (m: ImportMeasurement) => (m.seconds * 1000) / m.documents;
      tables.push(
        textTable(
          [
            'mails',
            'documents',
            'PDF/docx/xlsx',
            'seconds',
            'documents/s',
            'ms/document',
            'CPU ms/document (own + tools)',
            'office conversion s (queued, after)',
            `vs ${grouped(smallest.corpus.mails)}`,
            'peak RSS (sampled)',
            'max RSS (process)',
            'heap after GC, first → last upload',
          ],
          imports.map((m) => [
            grouped(m.corpus.mails),
            grouped(m.documents),
            `${m.corpus.attachments.pdf}/${m.corpus.attachments.docx}/${m.corpus.attachments.xlsx}`,
            m.seconds.toFixed(1),
            (m.documents / m.seconds).toFixed(0),
            perDoc(m).toFixed(2),
            `${((1000 * m.cpuSeconds.own) / m.documents).toFixed(2)} + ${((1000 * m.cpuSeconds.tools) / m.documents).toFixed(2)}`,
            m.conversion.seconds.toFixed(1),
            `${(perDoc(m) / perDoc(smallest)).toFixed(2)}×`,
            `${mb(m.memory.rssBeforeMb)} → ${mb(m.memory.rssPeakMb)}`,
            mb(m.memory.maxRssMb),
            `${mb(m.heapAfterUploadMb[0])} → ${mb(m.heapAfterUploadMb.at(-1)!)}`,
          ]),
          new Set([0, 1, 3, 4, 5, 7, 8]),
        ),
      );
      const target = imports.find((m) => m.corpus.mails === IMPORT_TARGET.mails);
      if (target !== undefined) {
        const ratio = IMPORT_TARGET.seconds / target.seconds;
        checks.push({
          name: 'documents/import',
          summary: `documents/import: ${grouped(IMPORT_TARGET.mails)} mails in ${target.seconds.toFixed(1)} s, ${ratio.toFixed(2)}× the target (≤ ${IMPORT_TARGET.seconds} s)`,
          met: target.seconds <= IMPORT_TARGET.seconds,
        });
      }
      const largest = imports[imports.length - 1];
      if (largest !== smallest) {
        const growth = largest.memory.rssPeakMb / smallest.memory.rssPeakMb;
        checks.push({
          name: 'documents/import-memory',
          summary: `documents/import memory: peak RSS ${mb(smallest.memory.rssPeakMb)} at ${grouped(smallest.corpus.mails)} mails, ${mb(largest.memory.rssPeakMb)} at ${grouped(largest.corpus.mails)} (${growth.toFixed(2)}×; bound ≤ 1.25×: one upload in memory at a time)`,
          met: growth <= 1.25,
        });
      }
    }
    if (list !== undefined) {
      tables.push(
        `On the dossier of ${grouped(list.documents)} documents, ${list.paths[0]!.samples} calls of each path, taking turns:\n` +
          textTable(
            ['path', 'shown of total', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'response'],
            list.paths.map((p) => [
              p.label,
              `${grouped(p.shown)} of ${grouped(p.total)}`,
              p.p50.toFixed(1),
              p.p95.toFixed(1),
              p.p99.toFixed(1),
              p.max.toFixed(1),
              `${(p.bytes / 1024).toFixed(0)} kB`,
            ]),
            new Set([2, 3, 4, 5]),
          ),
        '   Query plans of the inventory API (EXPLAIN QUERY PLAN of the statements on "document…"):\n' +
          list.statements
            .map(
              (q) =>
                `   ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}…\n${formatPlan(q.plan, q.sql)}`,
            )
            .join('\n') +
          '\n',
      );
      for (const p of list.paths) {
        checks.push({
          name: 'documents/list',
          summary: `documents/list: ${p.label} p95 ${p.p95.toFixed(1)} ms on ${grouped(list.documents)} documents (target < ${LIST_TARGET_P95_MS} ms)`,
          met: p.p95 < LIST_TARGET_P95_MS,
        });
      }
      const scans = list.statements.flatMap((q) => planFindings(q.plan, q.sql));
      checks.push({
        name: 'documents/list-plans',
        summary: `documents/list plans: ${scans.filter((f) => f.severity === 'full-scan').length} full scans of a table in the inventory's statements`,
        met: !scans.some((f) => f.severity === 'full-scan'),
      });
    }

    const exports: ExportMeasurement[] = [];
    if (wants('export')) {
      for (const rows of [...new Set([Math.min(1_000, exportRows), exportRows])]) {
        ctx.out(`   export of ${grouped(rows)} rows …\n`);
        exports.push(
          await runChild<ExportMeasurement>(
            {
              task: 'export',
              rows,
              dir: join(tmpdir(), `wobdesk-bench-export-${randomUUID()}`),
            },
            ctx.out,
          ),
        );
      }
      tables.push(
        textTable(
          ['rows', 'XLSX s', 'XLSX size', 'CSV s', 'CSV size', 'peak RSS (sampled)', 'max RSS'],
          exports.map((e) => [
            grouped(e.rows),
            e.xlsxSeconds.toFixed(2),
            `${(e.xlsxBytes / 1024).toFixed(0)} kB`,
            e.csvSeconds.toFixed(2),
            `${(e.csvBytes / 1024).toFixed(0)} kB`,
            `${mb(e.memory.rssBeforeMb)} → ${mb(e.memory.rssPeakMb)}`,
            mb(e.memory.maxRssMb),
          ]),
          new Set([0, 1, 3]),
        ),
      );
      const big = exports[exports.length - 1];
      const slowest = Math.max(big.xlsxSeconds, big.csvSeconds);
      checks.push({
        name: 'documents/export',
        summary: `documents/export: ${grouped(big.rows)} rows, XLSX ${big.xlsxSeconds.toFixed(2)} s, CSV ${big.csvSeconds.toFixed(2)} s (target < ${EXPORT_TARGET_SECONDS} s each)`,
        met: slowest < EXPORT_TARGET_SECONDS,
      });
    }
    return {
      table: tables.join('\n'),
      checks,
      data: { sizes, imports, list, exports },
    };
  },
};
