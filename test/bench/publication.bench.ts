// Benchmark section "publication": every sitemap (with its DiWoo metadata) of 100,000 published
// files, streamed from the database by keyset pages as `GET /sitemaps/<n>.xml` does — seconds
// (target < 10 s) and the memory it takes. The data is built in a child process per run.
import { fileURLToPath } from 'node:url';
import { runChildTask } from './child-task.js';
import { grouped, textTable } from './harness.js';
import { intOption } from './options.js';
import type { PublicationMeasurement, PublicationTask } from './publication-child.js';
import type { AsyncBenchmark, AsyncSectionResult } from './registry.js';
import { benchSeedsDir } from './wobdesk-fixture.js';

export const PUBLICATION_DEFAULTS = { documents: 100_000 } as const;
export const SITEMAPS_TARGET_SECONDS = 10;

const CHILD = fileURLToPath(new URL('./publication-child.js', import.meta.url));

export const publicationBenchmark: AsyncBenchmark = {
  kind: 'async',
  name: 'publication',
  title: `Sitemaps with DiWoo metadata of ${grouped(PUBLICATION_DEFAULTS.documents)} published files`,
  notes: [
    `Data: --publication-documents published files (default ${grouped(PUBLICATION_DEFAULTS.documents)}), ten per decision (the decision,`,
    'its inventory, eight released documents), one organisation with its TOOI publisher, inserted in a fresh child process.',
    'Measured: the sitemap index and every sitemap (at most 50,000 urls each) streamed through `Sitemaps`, keyset pages of',
    '1,000 rows, each file with its diwoo:Document (the decision with hasParts, the others with isPartOf).',
    `Target: < ${SITEMAPS_TARGET_SECONDS} s for all of them; memory stays flat (RSS peak while streaming, and the child's max RSS).`,
  ],
  cases: [
    { name: 'publication/sitemaps', description: 'stream every sitemap of the published files' },
  ],
  flags: {
    'publication-documents': `published files in the publication benchmark (default ${grouped(PUBLICATION_DEFAULTS.documents)})`,
  },
  async run(ctx): Promise<AsyncSectionResult> {
    const documents = intOption(
      ctx.options,
      'publication-documents',
      PUBLICATION_DEFAULTS.documents,
      10,
    );
    const m = await runChildTask<PublicationMeasurement>(
      CHILD,
      { documents, seedsDir: benchSeedsDir() } satisfies PublicationTask,
      'publication',
      ctx.out,
      ['--expose-gc'],
    );
    ctx.out(
      `   ${m.sitemaps} sitemap(s), ${grouped(m.urls)} urls, ${(m.bytes / 1024 / 1024).toFixed(1)} MB of XML in ${m.streamSeconds.toFixed(2)} s; RSS ${m.rssBeforeMb.toFixed(0)} MB before, peak ${m.rssPeakStreamMb.toFixed(0)} MB while streaming; child max RSS ${m.maxRssMb.toFixed(0)} MB\n`,
    );
    const met = m.streamSeconds < SITEMAPS_TARGET_SECONDS && m.urls === documents;
    return {
      table: textTable(
        ['case', 'files', 'sitemaps', 'seconds', 'RSS peak (streaming)', 'max RSS'],
        [
          [
            'publication/sitemaps',
            grouped(m.urls),
            String(m.sitemaps),
            m.streamSeconds.toFixed(2),
            `${m.rssPeakStreamMb.toFixed(0)} MB`,
            `${m.maxRssMb.toFixed(0)} MB`,
          ],
        ],
      ),
      checks: [
        {
          name: 'publication/sitemaps',
          summary: `${grouped(m.urls)} urls in ${m.streamSeconds.toFixed(2)} s (target < ${SITEMAPS_TARGET_SECONDS} s)`,
          met,
        },
      ],
      data: m,
    };
  },
};
