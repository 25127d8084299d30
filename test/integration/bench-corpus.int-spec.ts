// The documents benchmark measures the intake only if its generated corpus is what it claims:
// PDFs poppler reads (with their text), e-mails mailparser splits, office files the intake
// recognises. Checked here with the real tools on one small upload.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { BlobStore, DocumentIntake, MEDIA } from '@wobdesk/documents';
import { corpusUploads, makeEmail, makePdf, makeXlsx } from '../bench/documents-corpus.js';

const run = promisify(execFile);

describe('the documents benchmark corpus', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wobdesk-bench-corpus-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes PDFs that pdfinfo counts and pdftotext reads', async () => {
    const path = join(dir, 'a.pdf');
    await writeFile(path, makePdf(['Verslag bestuurlijk overleg', 'Tekst (met haakjes)']));
    const { stdout: info } = await run('pdfinfo', [path]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
    expect(text).toContain('Verslag bestuurlijk overleg');
    expect(text).toContain('Tekst (met haakjes)');
  });

  it('writes e-mails that mailparser reads with their attachments', async () => {
    const xlsx = makeXlsx('Planning');
    const mail = await simpleParser(
      makeEmail({
        number: 7,
        subject: 'Overleg windpark',
        sentAt: new Date(Date.UTC(2021, 0, 4, 8)),
        body: 'Beste collega,',
        attachments: [{ fileName: 'planning.xlsx', kind: 'xlsx', data: xlsx }],
      }),
    );
    expect(mail.subject).toBe('Overleg windpark');
    expect(mail.date?.toISOString()).toBe('2021-01-04T08:00:00.000Z');
    expect(mail.text?.trim()).toBe('Beste collega,');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['planning.xlsx']);
    expect(mail.attachments[0].content.equals(xlsx)).toBe(true);
  });

  it('is the same for the same seed, and the intake takes an upload in whole', async () => {
    const first = [...corpusUploads(120, 5)];
    const again = [...corpusUploads(120, 5)];
    expect(first.map((u) => u.data.equals(again[0].data))).toEqual([true]);
    const generator = corpusUploads(120, 5);
    let step = generator.next();
    while (!step.done) step = generator.next();
    const counts = step.value;
    expect(counts.documents).toBe(120 + 36);
    expect(counts.attachments.pdf + counts.attachments.docx + counts.attachments.xlsx).toBe(36);

    const intake = new DocumentIntake(new BlobStore(join(dir, 'store')), {
      maxFileBytes: 10 * 1024 * 1024,
      maxTotalBytes: 100 * 1024 * 1024,
      maxEntries: 1000,
      maxRatio: 200,
      maxDepth: 3,
    });
    try {
      await intake.take(Readable.from([first[0].data]), first[0].fileName);
      await intake.finish();
      const types = intake.documents.map((d) => d.mediaType);
      expect(types.filter((t) => t === MEDIA.eml)).toHaveLength(120);
      expect(types.filter((t) => t === MEDIA.pdf)).toHaveLength(counts.attachments.pdf);
      expect(types.filter((t) => t === MEDIA.docx)).toHaveLength(counts.attachments.docx);
      expect(types.filter((t) => t === MEDIA.xlsx)).toHaveLength(counts.attachments.xlsx);
      const pdf = intake.documents.find((d) => d.mediaType === MEDIA.pdf)!;
      expect(pdf.pageCount).toBe(1);
      expect(pdf.text).toMatch(/^Bijlage \d+ bij mail \d+:/);
      expect(pdf.family?.mediaType).toBe(MEDIA.eml);
    } finally {
      await intake.discardAll();
    }
  });
});
