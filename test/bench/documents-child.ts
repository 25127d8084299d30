// Entry of the documents benchmark's child processes (documents.bench.ts), one task per process
// so that each memory figure is that task's own: `import` writes the generated corpus to disk and
// takes it in through RequestDocuments.add — the service behind POST /api/requests/:id/documents
// — one ZIP of mails per call, as a clerk uploads them, then runs the queued office conversion
// to completion, timed on its own; `export` writes the inventory of a
// dossier as XLSX and as CSV with libs/inventory's writers.
import 'reflect-metadata';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@wobdesk/config';
import {
  DocumentsModule,
  type IncomingFile,
  OfficeConversions,
  RequestDocuments,
} from '@wobdesk/documents';
import { LocalDate } from '@wobdesk/domain';
import { type InventoryRow, writeInventoryCsv, writeInventoryXlsx } from '@wobdesk/inventory';
import { DataSource } from 'typeorm';
import { serveChildTask } from './child-task.js';
import { corpusUploads, type CorpusCounts } from './documents-corpus.js';

export type DocumentsTask =
  | {
      readonly task: 'import';
      readonly env: Readonly<Record<string, string | undefined>>;
      readonly organisationId: string;
      readonly userId: string;
      readonly mails: number;
      /** Where the corpus is written (removed afterwards). */
      readonly corpusDir: string;
    }
  | { readonly task: 'export'; readonly rows: number; readonly dir: string };

/** Peak resident memory: sampled while the work ran, and the kernel's figure for the process. */
export interface MemoryFigures {
  /** RSS before the measured work began (after start-up and, for import, corpus generation). */
  readonly rssBeforeMb: number;
  /** The highest process.memoryUsage().rss sampled every 10 ms during the work. */
  readonly rssPeakMb: number;
  /** getrusage max RSS over the whole life of the child (start-up included). */
  readonly maxRssMb: number;
}

export interface ImportMeasurement {
  readonly corpus: CorpusCounts;
  readonly requestId: string;
  readonly generateSeconds: number;
  readonly seconds: number;
  /** Documents the intake stored (mails + attachments). */
  readonly documents: number;
  /** Seconds per upload (ZIP of mails), in order. */
  readonly uploadSeconds: readonly number[];
  /**
   * CPU seconds of the uploads: this process's own, and those of the processes it started and
   * waited for (poppler, LibreOffice). Load stretches wall time far more than CPU time.
   */
  readonly cpuSeconds: { readonly own: number; readonly tools: number };
  /**
   * The queued conversion of the office documents to PDF, run to completion after the uploads
   * (as the worker does beside them): not part of `seconds`, which is the upload alone.
   */
  readonly conversion: ConversionMeasurement;
  /** Heap in use after a full GC following each upload: flat when nothing piles up. */
  readonly heapAfterUploadMb: readonly number[];
  readonly memory: MemoryFigures;
}

export interface ConversionMeasurement {
  readonly converted: number;
  readonly notConverted: number;
  readonly seconds: number;
  readonly cpuSeconds: { readonly own: number; readonly tools: number };
}

export interface ExportMeasurement {
  readonly rows: number;
  readonly xlsxSeconds: number;
  readonly xlsxBytes: number;
  readonly csvSeconds: number;
  readonly csvBytes: number;
  readonly memory: MemoryFigures;
}

const MB = 1024 * 1024;
/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** CPU seconds of the children this process has waited for (cutime + cstime in /proc/self/stat). */
async function childrenCpuSeconds(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => '');
  // The fields after the command name (in parentheses, which may hold spaces); cutime is 16th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / USER_HZ;
}

/** Samples RSS every 10 ms until stopped; the timer does not keep the process alive. */
function rssSampler(): { stop(): MemoryFigures } {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return {
        rssBeforeMb: before / MB,
        rssPeakMb: peak / MB,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      };
    },
  };
}

async function importTask(
  task: Extract<DocumentsTask, { task: 'import' }>,
  progress: (text: string) => void,
): Promise<ImportMeasurement> {
  const t0 = performance.now();
  await mkdir(task.corpusDir, { recursive: true });
  const files: string[] = [];
  const uploads = corpusUploads(task.mails);
  let next = uploads.next();
  while (!next.done) {
    const path = join(task.corpusDir, next.value.fileName);
    await writeFile(path, next.value.data);
    files.push(path);
    next = uploads.next();
  }
  const corpus = next.value;
  const generateSeconds = (performance.now() - t0) / 1000;

  const config = loadConfig(task.env);
  @Module({ imports: [ConfigModule.forRoot(config), DocumentsModule] })
  class BenchDocumentsModule {}
  const app = await NestFactory.createApplicationContext(BenchDocumentsModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const [{ id: requestId }] = (await app
      .get(DataSource)
      .query(
        'SELECT "id" FROM "request" WHERE "organisation_id" = ? ORDER BY "reference" LIMIT 1',
        [task.organisationId],
      )) as { id: string }[];
    const documents = app.get(RequestDocuments);
    const actor = {
      userId: task.userId,
      organisationId: task.organisationId,
      role: 'coordinator' as const,
      name: 'Coördinator Benchmark',
    };
    global.gc?.();
    const sampler = rssSampler();
    const uploadSeconds: number[] = [];
    const heapAfterUploadMb: number[] = [];
    let stored = 0;
    const ownBefore = process.cpuUsage();
    const toolsBefore = await childrenCpuSeconds();
    for (const [k, path] of files.entries()) {
      const u0 = performance.now();
      const added = await documents.add(actor, requestId, oneFile(path));
      stored += added.length;
      uploadSeconds.push((performance.now() - u0) / 1000);
      // Outside the timed upload: what the uploads so far left behind.
      global.gc?.();
      heapAfterUploadMb.push(process.memoryUsage().heapUsed / MB);
      if ((k + 1) % 10 === 0)
        progress(`     ${k + 1}/${files.length} uploads, ${stored} documents\n`);
    }
    const seconds = uploadSeconds.reduce((a, b) => a + b, 0);
    const own = process.cpuUsage(ownBefore);
    const cpuSeconds = {
      own: (own.user + own.system) / 1e6,
      tools: (await childrenCpuSeconds()) - toolsBefore,
    };
    const memory = sampler.stop();
    progress(`     draining the office conversion queue\n`);
    const conversion = await drainConversions(app.get(OfficeConversions));
    return {
      cpuSeconds,
      conversion,
      corpus,
      requestId,
      generateSeconds,
      seconds,
      documents: stored,
      uploadSeconds,
      heapAfterUploadMb,
      memory,
    };
  } finally {
    await app.close();
    await rm(task.corpusDir, { recursive: true, force: true });
  }
}

/** Runs the conversion job until the queue is empty, timed and with its CPU time. */
async function drainConversions(conversions: OfficeConversions): Promise<ConversionMeasurement> {
  const own0 = process.cpuUsage();
  const tools0 = await childrenCpuSeconds();
  const t0 = performance.now();
  const run = await conversions.drain();
  const seconds = (performance.now() - t0) / 1000;
  const own = process.cpuUsage(own0);
  return {
    converted: run.converted,
    notConverted: run.notConverted,
    seconds,
    cpuSeconds: {
      own: (own.user + own.system) / 1e6,
      tools: (await childrenCpuSeconds()) - tools0,
    },
  };
}

async function* oneFile(path: string): AsyncIterable<IncomingFile> {
  yield { fileName: path.split('/').at(-1)!, content: createReadStream(path) };
}

/**
 * The rows of a dossier of `count` documents as the inventory lists them: a mail and its
 * attachments share a family; a mix of assessments, the withheld ones with their grounds.
 * Produced one at a time, as rows read from the database would be.
 */
function* dossierRows(count: number): Generator<InventoryRow> {
  const first = LocalDate.parse('2021-01-04');
  let family = '1';
  for (let n = 1; n <= count; n++) {
    const mail = n % 4 !== 0;
    if (mail) family = String(n);
    const kind = n % 5;
    yield {
      id: String(n),
      matter: 'BENCH-000001',
      familyId: family,
      document: mail ? `Overleg windpark Noordzijde (${n})` : `bijlage-${n}.pdf`,
      fileType: mail ? 'email' : 'pdf',
      date: first.plusDays(Math.floor(n / 40)),
      assessment: kind === 0 ? 'Niet openbaar' : kind === 1 ? 'Deels openbaar' : 'Openbaar',
      suspended: false,
      grounds: kind === 0 ? ['5.1.2.e'] : kind === 1 ? ['5.1.2.e', '5.2.1'] : [],
      publicLinks: [],
      relatedIds: [],
      caseNumbers: [],
    };
  }
}

async function exportTask(
  task: Extract<DocumentsTask, { task: 'export' }>,
): Promise<ExportMeasurement> {
  await mkdir(task.dir, { recursive: true });
  const xlsxPath = join(task.dir, 'inventaris.xlsx');
  const csvPath = join(task.dir, 'inventaris.csv');
  try {
    global.gc?.();
    const sampler = rssSampler();
    const x0 = performance.now();
    await writeInventoryXlsx(dossierRows(task.rows), createWriteStream(xlsxPath));
    const xlsxSeconds = (performance.now() - x0) / 1000;
    const c0 = performance.now();
    await writeInventoryCsv(dossierRows(task.rows), createWriteStream(csvPath), ';');
    const csvSeconds = (performance.now() - c0) / 1000;
    const memory = sampler.stop();
    return {
      rows: task.rows,
      xlsxSeconds,
      xlsxBytes: (await stat(xlsxPath)).size,
      csvSeconds,
      csvBytes: (await stat(csvPath)).size,
      memory,
    };
  } finally {
    await rm(task.dir, { recursive: true, force: true });
  }
}

serveChildTask<DocumentsTask>((task, progress) =>
  task.task === 'import' ? importTask(task, progress) : exportTask(task),
);
