// The queue of office conversions on a real SQLite file, with a stand-in for LibreOffice that
// logs every file it is given (and fails while a flag file exists): documents queued in the
// upload's change with their text read from the XML, converted once however many runs claim at
// the same time, twenty to a call, a failure tried again after its backoff, given up after the
// last attempt, queued again by a clerk (recorded in the request's history), and a dead run's
// claim taken over once its lease ran out.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  BlobStore,
  CONVERSION_REQUEUED_EVENT,
  DocumentsModule,
  MAX_CONVERSION_ATTEMPTS,
  OfficeConversions,
  RequestDocuments,
} from '@wobdesk/documents';
import { UnitOfWork } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { minimalPdf } from '../support/document-files.js';
import { minimalDocx } from '../support/office-files.js';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

interface Row {
  number: number;
  conversion: string | null;
  pageCount: number | null;
  attempts: number;
  pdf: string | null;
  note: string | null;
  text: string | null;
}

describe('Office conversion queue (integration)', () => {
  let dir: string;
  let ctx: WorkflowContext;
  let clerk: Actor;
  let requestId: string;
  let conversions: OfficeConversions;
  let log: string;
  let failFlag: string;

  const rows = async (): Promise<Row[]> =>
    (
      await rawQuery(
        ctx.dataSource,
        `SELECT "number", "conversion", "page_count" AS "pageCount", "conversion_attempts" AS "attempts",
                "pdf_sha256" AS "pdf", "conversion_note" AS "note", "extracted_text" AS "text"
           FROM "document" WHERE "request_id" = ? ORDER BY "number"`,
        [requestId],
      )
    ).map((r: Row) => ({ ...r, attempts: Number(r.attempts) }));
  const row = async (number: number) => (await rows()).find((r) => r.number === number)!;
  /** The stored files the stand-in was given, one line per file converted. */
  const converted = async () =>
    existsSync(log) ? (await readFile(log, 'utf8')).trim().split('\n') : [];
  const add = (files: { name: string; data: Buffer }[]) =>
    ctx.module.get(RequestDocuments).add(
      clerk,
      requestId,
      (async function* () {
        for (const f of files) yield { fileName: f.name, content: Readable.from([f.data]) };
      })(),
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-conversion-queue-'));
    log = join(dir, 'omgezet.log');
    failFlag = join(dir, 'faal');
    const pdf = join(dir, 'omgezet.pdf');
    await writeFile(pdf, minimalPdf(['Eerste pagina', 'Tweede pagina']));
    const soffice = join(dir, 'soffice');
    await writeFile(
      soffice,
      [
        '#!/bin/sh',
        `[ -e '${failFlag}' ] && exit 1`,
        'out=""',
        'while [ $# -gt 0 ]; do',
        '  case "$1" in',
        '    --outdir) out="$2"; shift 2 ;;',
        '    -*|pdf) shift ;;',
        `    *) name=$(basename "$1"); cp '${pdf}' "$out/\${name%.*}.pdf"; readlink -f "$1" >> '${log}'; shift ;;`,
        '  esac',
        'done',
      ].join('\n'),
    );
    await chmod(soffice, 0o755);
    ctx = await createWorkflowContext(
      '2024-04-02',
      { DOCUMENTS_DIR: join(dir, 'documents'), SOFFICE_PATH: soffice },
      [DocumentsModule],
    );
    clerk = await ctx.newUser(await ctx.newOrganisation());
    const { request } = await ctx.workflow.create(clerk, {
      requester: { name: 'Verzoeker' },
      receivedOn: '2024-04-02',
      channel: 'web_form',
      subject: 'notas',
      items: [{ text: 'alle nota’s' }],
    });
    requestId = request.id;
    conversions = ctx.module.get(OfficeConversions);
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should queue office documents in the upload, their text read at once, LibreOffice not yet called', async () => {
    const added = await add(
      Array.from({ length: 25 }, (_, i) => ({
        name: `nota-${i + 1}.docx`,
        data: minimalDocx([[`Nota ${i + 1}`, 'over de begroting']]),
      })),
    );
    expect(added.map((d) => d.conversion)).toEqual(Array(25).fill('pending'));
    expect(await row(1)).toEqual({
      number: 1,
      conversion: 'pending',
      pageCount: null,
      attempts: 0,
      pdf: null,
      note: null,
      text: 'Nota 1\nover de begroting',
    });
    expect(await converted()).toEqual([]);
  });

  it('should convert each queued document once when two runs claim at the same time, twenty to a call', async () => {
    const [first, second] = await Promise.all([conversions.runOnce(), conversions.runOnce()]);
    expect([first.claimed, second.claimed].sort((a, b) => a - b)).toEqual([5, 20]);
    expect((await conversions.drain()).claimed).toBe(0);
    const files = await converted();
    expect(files).toHaveLength(25);
    expect(new Set(files).size).toBe(25);
    const store = new BlobStore(join(dir, 'documents'));
    for (const r of await rows()) {
      expect(r).toEqual(
        expect.objectContaining({ conversion: 'converted', pageCount: 2, attempts: 0, note: null }),
      );
      expect(existsSync(store.pathOf(r.pdf!))).toBe(true);
    }
  });

  it('should try a failed conversion again after its backoff, and not before', async () => {
    const [doc] = await add([{ name: 'later.docx', data: minimalDocx([['Later']]) }]);
    await writeFile(failFlag, '');
    expect(await conversions.runOnce()).toEqual(
      expect.objectContaining({ claimed: 1, retried: 1 }),
    );
    expect(await row(doc!.number)).toEqual(
      expect.objectContaining({ conversion: 'pending', attempts: 1 }),
    );
    await rm(failFlag);
    expect((await conversions.runOnce()).claimed).toBe(0);
    ctx.clock.advance(61);
    expect(await conversions.runOnce()).toEqual(
      expect.objectContaining({ claimed: 1, converted: 1 }),
    );
    expect(await row(doc!.number)).toEqual(
      expect.objectContaining({ conversion: 'converted', pageCount: 2, attempts: 1 }),
    );
  });

  it(`should give a conversion up after ${MAX_CONVERSION_ATTEMPTS} failed attempts, then queue it again on request`, async () => {
    const [doc] = await add([{ name: 'stuk.docx', data: minimalDocx([['Stuk']]) }]);
    const number = doc!.number;
    await writeFile(failFlag, '');
    for (let attempt = 1; attempt <= MAX_CONVERSION_ATTEMPTS; attempt += 1) {
      expect((await conversions.runOnce()).claimed).toBe(1);
      ctx.clock.advance(3600);
    }
    expect(await row(number)).toEqual(
      expect.objectContaining({
        conversion: 'not_converted',
        attempts: MAX_CONVERSION_ATTEMPTS,
        pageCount: null,
        note: expect.stringContaining('LibreOffice stopte met een fout'),
      }),
    );
    expect((await conversions.runOnce()).claimed).toBe(0);
    await rm(failFlag);

    const queued = await conversions.requeue(clerk, requestId, number);
    expect(queued).toEqual(expect.objectContaining({ number, conversion: 'pending' }));
    expect(await row(number)).toEqual(
      expect.objectContaining({ conversion: 'pending', attempts: 0, note: null }),
    );
    const events = await rawQuery(
      ctx.dataSource,
      'SELECT "payload" FROM "request_event" WHERE "request_id" = ? AND "type" = ?',
      [requestId, CONVERSION_REQUEUED_EVENT],
    );
    expect(events.map((e: { payload: string }) => JSON.parse(e.payload))).toEqual([{ number }]);
    await expect(conversions.requeue(clerk, requestId, number)).rejects.toMatchObject({
      code: 'DOCUMENT.CONVERSION_PENDING',
    });
    expect(await conversions.drain()).toEqual(expect.objectContaining({ converted: 1 }));
    expect(await row(number)).toEqual(
      expect.objectContaining({ conversion: 'converted', pageCount: 2 }),
    );
  });

  it('should leave a document claimed by a run that died until its lease runs out, then convert it', async () => {
    const [doc] = await add([{ name: 'wees.docx', data: minimalDocx([['Wees']]) }]);
    const storage = ctx.module.get(UnitOfWork);
    const now = ctx.clock.now();
    const claimed = await storage.transaction((tx) =>
      tx.conversions.claimDue('dead-run', now, new Date(now.getTime() + 10 * 60_000), 20),
    );
    expect(claimed.map((c) => c.number)).toEqual([doc!.number]);
    expect((await conversions.runOnce()).claimed).toBe(0);
    // The dead run's late answer no longer counts once another run holds the claim.
    ctx.clock.advance(10 * 60 + 1);
    expect(await conversions.runOnce()).toEqual(
      expect.objectContaining({ claimed: 1, converted: 1 }),
    );
    expect(
      await storage.transaction((tx) =>
        tx.conversions.settle(doc!.id, 'dead-run', {
          conversion: 'not_converted',
          attempts: 1,
          note: 'te laat',
        }),
      ),
    ).toBe(false);
    expect(await row(doc!.number)).toEqual(
      expect.objectContaining({ conversion: 'converted', note: null }),
    );
  });

  it('should refuse to queue a document that is not an office file, or unknown', async () => {
    const [pdf] = await add([{ name: 'brief.pdf', data: minimalPdf(['Brief']) }]);
    expect(pdf!.conversion).toBeNull();
    await expect(conversions.requeue(clerk, requestId, pdf!.number)).rejects.toMatchObject({
      kind: 'invalid',
      code: 'DOCUMENT.NOT_OFFICE',
    });
    await expect(conversions.requeue(clerk, requestId, 9999)).rejects.toMatchObject({
      kind: 'not_found',
      code: 'DOCUMENT.NOT_FOUND',
    });
  });
});
