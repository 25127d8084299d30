// Entry of the publication benchmark's child process (publication.bench.ts): builds a fresh
// database with `documents` published files (one organisation, ten files per decision), then
// streams the sitemap index and every sitemap through `Sitemaps` as the HTTP route does, and
// measures time and memory. One task per process, so the memory figures are its own.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@wobdesk/config';
import { prepareDatabase } from '@wobdesk/persistence';
import { PublicationModule, Sitemaps } from '@wobdesk/publication';
import { DataSource } from 'typeorm';
import { serveChildTask } from './child-task.js';

export interface PublicationTask {
  readonly documents: number;
  readonly seedsDir: string;
}

export interface PublicationMeasurement {
  readonly buildSeconds: number;
  readonly sitemaps: number;
  readonly urls: number;
  readonly bytes: number;
  readonly streamSeconds: number;
  /** RSS growth while streaming (sampled after each piece), and the process's max RSS. */
  readonly rssBeforeMb: number;
  readonly rssPeakStreamMb: number;
  readonly maxRssMb: number;
}

const FILES_PER_DECISION = 10;
const BASE = 'https://woo.example.nl';

async function build(ds: DataSource, documents: number): Promise<void> {
  const org = randomUUID();
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  await ds.query(
    `INSERT INTO "organisation" ("id", "name", "reference_prefix", "next_reference_number", "created_at", "tooi_uri", "tooi_label")
     VALUES (?, 'Gemeente Utrecht', 'WOO-', 1, ?, 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344', 'gemeente Utrecht')`,
    [org, now],
  );
  let seq = 0;
  const decisions = Math.ceil(documents / FILES_PER_DECISION);
  await ds.transaction(async (em) => {
    for (let d = 0; d < decisions; d++) {
      const request = randomUUID();
      await em.query(
        `INSERT INTO "publication" ("request_id", "organisation_id", "slug", "title", "publish_on", "adopted_at", "published_at")
         VALUES (?, ?, ?, ?, '2026-11-20', '2026-11-19T10:00:00+01:00', ?)`,
        [request, org, `woo-${d + 1}-bench`, `Besluit op Woo-verzoek over onderwerp ${d + 1}`, now],
      );
      const rows: unknown[] = [];
      const files = Math.min(FILES_PER_DECISION, documents - seq);
      for (let f = 0; f < files; f++) {
        const kind = f === 0 ? 'decision' : f === 1 ? 'inventory' : 'document';
        const name =
          f === 0 ? 'besluit.pdf' : f === 1 ? 'inventarislijst.csv' : `document-${f}.pdf`;
        rows.push(
          ++seq,
          randomUUID(),
          request,
          org,
          kind,
          name,
          `Bestand ${f} van besluit ${d + 1}`,
          now,
        );
      }
      await em.query(
        `INSERT INTO "published_document" ("seq", "id", "request_id", "organisation_id", "kind", "file_name", "title", "published_at", "media_type", "bytes", "created_on")
         VALUES ${Array.from({ length: files }, () => "(?, ?, ?, ?, ?, ?, ?, ?, 'application/pdf', 1000, '2026-11-19')").join(', ')}`,
        rows,
      );
    }
  });
  await ds.query('ANALYZE');
}

async function run(task: PublicationTask, progress: (text: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'wobdesk-bench-publication-'));
  try {
    const config = loadConfig({
      DATABASE_PATH: join(dir, 'bench.sqlite'),
      SEEDS_DIR: task.seedsDir,
      LOG_LEVEL: 'warn',
    });
    await prepareDatabase(config);
    @Module({ imports: [ConfigModule.forRoot(config), PublicationModule] })
    class BenchPublicationModule {}
    const app = await NestFactory.createApplicationContext(BenchPublicationModule, {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    try {
      const t0 = performance.now();
      await build(app.get(DataSource), task.documents);
      const buildSeconds = (performance.now() - t0) / 1000;
      progress(`   ${task.documents} published files built in ${buildSeconds.toFixed(1)} s\n`);
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sitemaps = app.get(Sitemaps);
      const t1 = performance.now();
      const index = await sitemaps.index(BASE);
      let bytes = index.length;
      let urls = 0;
      const count = (index.match(/<sitemap>/g) ?? []).length;
      for (let n = 1; n <= count; n++) {
        for await (const piece of sitemaps.sitemap(BASE, n)) {
          bytes += piece.length;
          urls += piece.split('<url>').length - 1;
          peak = Math.max(peak, process.memoryUsage().rss);
        }
      }
      const streamSeconds = (performance.now() - t1) / 1000;
      return {
        buildSeconds,
        sitemaps: count,
        urls,
        bytes,
        streamSeconds,
        rssBeforeMb: rssBefore / 1024 / 1024,
        rssPeakStreamMb: peak / 1024 / 1024,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      } satisfies PublicationMeasurement;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

serveChildTask<PublicationTask>((task, progress) => run(task, progress));
