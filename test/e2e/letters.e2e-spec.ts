// Letters through the API: the seed case replayed over HTTP, its decision letter
// generated (HTML + PDF through the system Chromium), stored insert-only, listed, downloaded by
// the clerk and by the requester under their status token — and by no one else.
// Needs Debian's chromium and poppler-utils (pdftotext), as .ci/run installs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binary, pdfLines, pdfText as readPdf, pdfWords, sha256 } from '../support/pdf-files.js';
import {
  newRequestBody,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, replaySeedCase, TEST_SIGNATORY } from '../support/seed-case-api.js';

describe('Letters through the API (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let id: string;
  let statusToken: string;
  let otherToken: string;
  let otherId: string;
  let first: {
    id: string;
    contentHash: string;
    pdfHash: string;
    pdfUrl: string;
    letterDate: string;
  };
  let firstPdf: Buffer;
  const work = mkdtempSync(join(tmpdir(), 'wobdesk-letters-'));

  const get = (path: string, user: TestUser = clerk) =>
    api.http().get(path).set('authorization', user.auth);
  const getBinary = (path: string, user?: TestUser) => {
    const req = api.http().get(path);
    if (user) req.set('authorization', user.auth);
    return req.buffer(true).parse(binary as never);
  };
  const pdfText = (pdf: Buffer) => readPdf(pdf, work);

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03', { PDF_PAGES: '1' });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    ({ id, statusToken } = await replaySeedCase(api, clerk, { acknowledgementLetter: false }));
    api.clock.set('2020-05-26');
    const other = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerk.auth)
      .send(newRequestBody({ receivedOn: '2020-05-20' }));
    expect(other.status).toBe(201);
    otherToken = other.body.statusToken;
    otherClerk = await api.newUser(await api.newOrganisation(), 'clerk');
    otherId = other.body.request.id;
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should preview the decision letter as HTML without storing anything', async () => {
    const events = (await get(`/api/requests/${id}/events`)).body.length;
    const res = await get(`/api/requests/${id}/letters/decision/preview`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Besluit op Wob-verzoek van 27 februari 2020');
    expect((await get(`/api/requests/${id}/letters`).expect(200)).body).toEqual([]);
    expect((await get(`/api/requests/${id}/events`)).body).toHaveLength(events);
  });

  it('should preview the summary of the last conversation from the register', async () => {
    const res = await get(`/api/requests/${id}/letters/conversation_summary/preview`).expect(200);
    expect(res.text).toContain('Samenvatting van ons gesprek');
    const extension = await get(`/api/requests/${id}/letters/extension/preview`).expect(422);
    expect(extension.body.code).toBe('LETTER.NO_EXTENSION');
  });

  it('should generate the decision letter and store it with its event', async () => {
    const res = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    expect(res.body).toMatchObject({
      requestId: id,
      kind: 'decision',
      subject: 'Besluit op Wob-verzoek van 27 februari 2020',
      law: 'wob',
      version: 1,
      createdBy: clerk.id,
    });
    expect(res.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.pdfHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.templateVersion).toMatch(/\+/);
    first = res.body;
    const events = (await get(`/api/requests/${id}/events`)).body as {
      sequence: number;
      type: string;
      payload: Record<string, unknown>;
    }[];
    const generated = events.at(-1)!;
    expect(generated).toMatchObject({
      type: 'letter_generated',
      payload: { letterId: first.id, kind: 'decision' },
    });
    const sent = events.find((e) => e.type === 'decision_sent')!;
    expect(res.body.eventSequence).toBe(sent.sequence);
  });

  it('should list it and serve the PDF with the passages of the seed letter', async () => {
    const list = await get(`/api/requests/${id}/letters`).expect(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ id: first.id, pdfUrl: `/api/letters/${first.id}/pdf` });

    const pdf = await getBinary(`/api/letters/${first.id}/pdf`, clerk).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(first.letterDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="besluit-${first.letterDate}.pdf"`,
    );
    firstPdf = pdf.body as Buffer;
    expect(firstPdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(sha256(firstPdf)).toBe(first.pdfHash);
    const text = pdfText(firstPdf);
    expect(text).toContain('Besluit op Wob-verzoek van 27 februari 2020');
    expect(text).toContain('ontvangen op 3 maart 2020');
    expect(text).toContain('namens deze');
    expect(text).toContain('binnen zes weken');

    const html = await get(`/api/letters/${first.id}/html`).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(sha256(Buffer.from(html.text, 'utf8'))).toBe(first.contentHash);
  });

  it('should print the signature block of an official letter: commas, name and position', () => {
    const lines = pdfLines(firstPdf, work).filter((line) => line.trim() !== '');
    const start = lines.indexOf('De minister van Justitie en Veiligheid,');
    expect(start).toBeGreaterThan(0);
    expect(lines[start - 1]).toBe('Hoogachtend,');
    expect(lines.slice(start, start + 4)).toEqual([
      'De minister van Justitie en Veiligheid,',
      'namens deze,',
      TEST_SIGNATORY.name,
      TEST_SIGNATORY.position,
    ]);
    // As in the seed letter: "De minister" opens the signature, "de Minister" is addressed mid-sentence.
    expect(pdfText(firstPdf)).toContain(
      'moet worden gericht aan: de Minister van Justitie en Veiligheid, t.a.v.',
    );
  });

  it('should print the address lines with the label once and two spaces before the town', () => {
    const lines = pdfLines(firstPdf, work);
    expect(lines).toContain('> Retouradres Postbus 20301 2500 EH Den Haag');
    expect(lines).toContain('1000 AJ Amsterdam');
    // pdftotext folds the two spaces into one; their width shows in the words' boxes.
    const words = pdfWords(firstPdf, work, 1);
    const gapBefore = (previous: string, word: string) => {
      const i = words.findIndex((w, n) => w.text === word && words[n - 1]?.text === previous);
      expect(i).toBeGreaterThan(0);
      return words[i].xMin - words[i - 1].xMax;
    };
    const oneSpace = gapBefore('Postbus', '353');
    expect(gapBefore('AJ', 'Amsterdam') / oneSpace).toBeCloseTo(2, 1);
    const returnSpace = gapBefore('2500', 'EH');
    expect(gapBefore('EH', 'Den') / returnSpace).toBeCloseTo(2, 1);
  });

  it('should make a second version on generating again and leave the first unchanged', async () => {
    const res = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    expect(res.body.id).not.toBe(first.id);
    expect(res.body.version).toBe(2);
    // same case data and templates: the same HTML
    expect(res.body.contentHash).toBe(first.contentHash);
    const list = (await get(`/api/requests/${id}/letters`)).body as { id: string }[];
    expect(list.map((l) => l.id)).toEqual([first.id, res.body.id]);
    expect(list[0]).toMatchObject({
      contentHash: first.contentHash,
      pdfHash: first.pdfHash,
      version: 1,
    });
    const again = await getBinary(`/api/letters/${first.id}/pdf`, clerk).expect(200);
    expect(sha256(again.body as Buffer)).toBe(first.pdfHash);
    expect(Buffer.compare(again.body as Buffer, firstPdf)).toBe(0);
  });

  it('should show the requester no draft: not in the status check, and the same 404 as an unknown letter', async () => {
    const status = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(status.body.letters).toEqual([]);
    const draft = await getBinary(`/api/status/${statusToken}/letters/${first.id}/pdf`).expect(404);
    const unknown = await getBinary(
      `/api/status/${statusToken}/letters/00000000-0000-4000-8000-000000000000/pdf`,
    ).expect(404);
    expect(JSON.parse((draft.body as Buffer).toString())).toEqual(
      JSON.parse((unknown.body as Buffer).toString()),
    );
  });

  it('should record the sending of a letter as an event and then list and serve it under the token', async () => {
    const sent = await api
      .http()
      .post(`/api/requests/${id}/letters/${first.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2020-05-26' })
      .expect(200);
    expect(sent.body).toMatchObject({
      id: first.id,
      status: 'sent',
      sentOn: '2020-05-26',
      sentBy: clerk.id,
      letterDate: '2020-05-26',
      contentHash: first.contentHash,
      pdfHash: first.pdfHash,
      version: 1,
    });
    const events = (await get(`/api/requests/${id}/events`)).body as {
      type: string;
      occurredOn: string;
      payload: Record<string, unknown>;
    }[];
    expect(events.at(-1)).toMatchObject({
      type: 'letter_sent',
      occurredOn: '2020-05-26',
      payload: { letterId: first.id, kind: 'decision' },
    });
    const status = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(status.body.letters).toEqual([
      {
        id: first.id,
        kind: 'decision',
        subject: 'Besluit op Wob-verzoek van 27 februari 2020',
        sentOn: '2020-05-26',
        pdfUrl: `/api/status/${statusToken}/letters/${first.id}/pdf`,
        htmlUrl: `/api/status/${statusToken}/letters/${first.id}/html`,
      },
    ]);
    const pdf = await getBinary(status.body.letters[0].pdfUrl).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(sha256(pdf.body as Buffer)).toBe(first.pdfHash);
  });

  it('should never send or replace a sent letter again; a new version stays a draft beside it', async () => {
    const again = await api
      .http()
      .post(`/api/requests/${id}/letters/${first.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2020-05-27' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'LETTER.ALREADY_SENT' });
    const third = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    expect(third.body).toMatchObject({ version: 3, status: 'draft' });
    const list = (await get(`/api/requests/${id}/letters`)).body as {
      id: string;
      status: string;
      pdfHash: string;
    }[];
    expect(list.map((l) => l.status)).toEqual(['sent', 'draft', 'draft']);
    expect(list[0]).toMatchObject({ id: first.id, pdfHash: first.pdfHash });
    const served = await getBinary(`/api/status/${statusToken}/letters/${first.id}/pdf`).expect(
      200,
    );
    expect(Buffer.compare(served.body as Buffer, firstPdf)).toBe(0);
    const status = await api.http().get(`/api/status/${statusToken}`).expect(200);
    expect(status.body.letters.map((l: { id: string }) => l.id)).toEqual([first.id]);
  });

  it('should refuse a bad sending date or channel naming the field, and an unknown letter with a 404', async () => {
    const draft = ((await get(`/api/requests/${id}/letters`)).body as { id: string }[])[1];
    const send = (body: Record<string, unknown>, letterId = draft.id) =>
      api
        .http()
        .post(`/api/requests/${id}/letters/${letterId}/send`)
        .set('authorization', clerk.auth)
        .send(body);
    const shape = await send({ sentOn: '2020-02-30' }).expect(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(['sentOn']);
    const channel = await send({ sentOn: '2020-05-26', channel: 'fax' }).expect(400);
    expect(channel.body.errors).toEqual([
      expect.objectContaining({ field: 'channel', message: 'channel must be one of: email, post' }),
    ]);
    const missing = await send({}).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('sentOn');
    const future = await send({ sentOn: '2020-05-27' }).expect(422);
    expect(future.body).toMatchObject({
      code: 'LETTER.SENT_IN_FUTURE',
      details: { field: 'sentOn', rule: 'notAfterToday' },
    });
    const early = await send({ sentOn: '2020-05-25' }).expect(422);
    expect(early.body).toMatchObject({
      code: 'LETTER.SENT_BEFORE_LETTER_DATE',
      details: { field: 'sentOn' },
    });
    await send({ sentOn: '2020-05-26' }, '00000000-0000-4000-8000-000000000000').expect(404);
    await send({ sentOn: '2020-05-26' }, 'not-a-letter').expect(404);
    // the letter of this request under another request's id is unknown there
    await api
      .http()
      .post(`/api/requests/${otherId}/letters/${draft.id}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2020-05-26' })
      .expect(404);
    const list = (await get(`/api/requests/${id}/letters`)).body as { status: string }[];
    expect(list.map((l) => l.status)).toEqual(['sent', 'draft', 'draft']);
  });

  it("should not serve a letter under another request's token, another organisation or a bad id", async () => {
    const other = await api.http().get(`/api/status/${otherToken}`).expect(200);
    expect(other.body.letters).toEqual([]);
    const viaOther = await getBinary(`/api/status/${otherToken}/letters/${first.id}/pdf`).expect(
      404,
    );
    expect(viaOther.headers['content-type']).toMatch(/json/);
    await api
      .http()
      .get(`/api/status/${'x'.repeat(43)}/letters/${first.id}/pdf`)
      .expect(404);
    const foreign = await get(`/api/letters/${first.id}/pdf`, otherClerk).expect(404);
    expect(foreign.body.code).toBe('LETTER.NOT_FOUND');
    await get(`/api/requests/${id}/letters`, otherClerk).expect(404);
    await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', otherClerk.auth)
      .send({ kind: 'decision' })
      .expect(404);
    await get(`/api/letters/${first.id}/docx`).expect(404);
    await get('/api/letters/not-an-id/pdf').expect(404);
    await api.http().get(`/api/letters/${first.id}/pdf`).expect(401);
  });

  it('should refuse an unknown kind with a 400 naming the field, and a kind the state does not allow', async () => {
    const bad = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'love_letter' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    const badPreview = await get(`/api/requests/${id}/letters/love_letter/preview`).expect(400);
    expect(badPreview.body.errors[0].field).toBe('kind');
    const early = await api
      .http()
      .post(`/api/requests/${otherId}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(422);
    expect(early.body).toMatchObject({ code: 'LETTER.NO_DECISION' });
    expect(early.body.messageNl).toContain('besluit');
    expect((await get(`/api/requests/${otherId}/letters`)).body).toEqual([]);
  });
});
