// The redaction marks on a real SQLite file: what the release step reads (the boxes of many
// documents at once, each document's in page order), removing all boxes of a term, the CHECK
// on how a mark was made, and a refused mark leaving neither rows nor events.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  DocumentAssessments,
  DocumentRedactions,
  DocumentsModule,
  RequestDocuments,
} from '@wobdesk/documents';
import { UnitOfWork } from '@wobdesk/persistence';
import type { Actor } from '@wobdesk/register';
import { minimalPdf } from '../support/document-files.js';
import { createWorkflowContext, type WorkflowContext } from '../support/workflow-context.js';
import { rawQuery } from '../support/raw-sql.js';

describe('Redaction marks (integration)', () => {
  let dir: string;
  let ctx: WorkflowContext;
  let clerk: Actor;
  let requestId: string;
  let redactions: DocumentRedactions;
  let storage: UnitOfWork;

  const count = async (table: string) =>
    Number((await rawQuery(ctx.dataSource, `SELECT COUNT(*) AS n FROM "${table}"`))[0].n);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-redactions-'));
    ctx = await createWorkflowContext('2024-04-02', { DOCUMENTS_DIR: join(dir, 'documents') }, [
      DocumentsModule,
    ]);
    clerk = await ctx.newUser(await ctx.newOrganisation());
    const { request } = await ctx.workflow.create(clerk, {
      requester: { name: 'Verzoeker' },
      receivedOn: '2024-04-02',
      channel: 'web_form',
      subject: 'lakken',
      items: [{ text: 'alle memo’s' }],
    });
    requestId = request.id;
    const files = [
      { fileName: 'een.pdf', content: Readable.from([minimalPdf(['Piet de Boer belde', 'Piet'])]) },
      { fileName: 'twee.pdf', content: Readable.from([minimalPdf(['Ook Piet de Boer'])]) },
    ];
    await ctx.module.get(RequestDocuments).add(
      clerk,
      requestId,
      (async function* () {
        yield* files;
      })(),
    );
    for (const number of [1, 2]) {
      await ctx.module.get(DocumentAssessments).change(clerk, requestId, number, {
        assessment: 'partly_public',
        grounds: ['5.1.2.e', '5.1.2.i'],
        reasoning: 'Afgewogen.',
      });
    }
    redactions = ctx.module.get(DocumentRedactions);
    storage = ctx.module.get(UnitOfWork);
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should give the release the boxes of each document, by page and from the top', async () => {
    await redactions.markArea(clerk, requestId, 1, {
      page: 2,
      x: 10,
      y: 20,
      width: 30,
      height: 40,
      ground: '5.1.2.i',
    });
    await redactions.markTerm(clerk, requestId, 1, { term: 'piet de boer', ground: '5.1.2.e' });
    await redactions.markTerm(clerk, requestId, 2, { term: 'Piet', ground: '5.1.2.e' });
    const ids = await storage.read(async (tx) =>
      (await tx.documents.summaries(requestId)).map((d) => d.id),
    );
    const boxes = await storage.read((tx) => tx.redactions.ofDocuments(ids));
    expect([...boxes.keys()].sort()).toEqual([...ids].sort());
    expect(boxes.get(ids[0]!)!.map((b) => [b.page, b.label])).toEqual([
      [1, '5.1.2e'],
      [2, '5.1.2i'],
    ]);
    expect(Object.keys(boxes.get(ids[1]!)![0]!).sort()).toEqual([
      'height',
      'label',
      'page',
      'width',
      'x',
      'y',
    ]);
    expect(await storage.read((tx) => tx.redactions.ofDocuments([]))).toEqual(new Map());
  });

  it("should remove every box of a term on one document only, and keep the others' marks", async () => {
    expect(await redactions.removeTerm(clerk, requestId, 1, { term: 'Piet de Boer' })).toBe(1);
    expect((await redactions.list(clerk, requestId, 1)).map((m) => m.source)).toEqual(['area']);
    expect((await redactions.list(clerk, requestId, 2)).map((m) => m.term)).toEqual(['piet']);
  });

  it('should store nothing and record nothing when a mark is refused', async () => {
    const [rows, events] = [await count('document_redaction'), await count('request_event')];
    await expect(
      redactions.markArea(clerk, requestId, 1, {
        page: 1,
        x: 10,
        y: 10,
        width: 10,
        height: 10,
        ground: '11.1',
      }),
    ).rejects.toMatchObject({ code: 'REQUEST.INVALID_INPUT', details: { field: 'ground' } });
    expect([await count('document_redaction'), await count('request_event')]).toEqual([
      rows,
      events,
    ]);
  });

  it('should refuse a mark made in a way the table does not know', async () => {
    const [mark] = await redactions.list(clerk, requestId, 1);
    await expect(
      rawQuery(
        ctx.dataSource,
        `UPDATE "document_redaction" SET "source" = 'guess' WHERE "id" = ?`,
        [mark!.id],
      ),
    ).rejects.toThrow(/check constraint/i);
  });
});
