// Duplicates and e-mail threads among a request's documents over HTTP, with real files made in
// the test: the same PDF twice (an exact twin, recorded and listed once), a memo and its lightly
// edited version (a near-duplicate proposal), unrelated texts (no proposal), a reply quoting its
// original (a thread proposal, one thread id), and the clerk's confirm and reject as events.
// Needs poppler-utils (pdftotext), as .ci/run installs them.
import { DataSource } from 'typeorm';
import { emailWith, minimalPdf } from '../support/document-files.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

interface Upload {
  readonly name: string;
  readonly data: Buffer;
}

const VOCABULARY = (
  'brug gemeente plein station fiets parkeren bewoners raad wethouder advies kosten planning ' +
  'verkeer veiligheid bomen groen water riool subsidie provincie aannemer contract tekening ' +
  'overleg besluit bezwaar termijn begroting onderzoek rapport notitie school haven dijk ' +
  'zienswijze bouw vergunning markt winkel kade sluis route'
).split(' ');

/** A memo of `count` words, the same for the same seed (a small linear congruential sequence). */
function memoWords(seed: number, count: number): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return VOCABULARY[state % VOCABULARY.length];
  });
}

/** The words as a PDF, six a page so every line fits the page. */
function memoPdf(words: readonly string[]): Buffer {
  const pages: string[] = [];
  for (let i = 0; i < words.length; i += 6) pages.push(words.slice(i, i + 6).join(' '));
  return minimalPdf(pages);
}

describe('Duplicates and e-mail threads among documents (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;

  const upload = (requestId: string, files: readonly Upload[]) => {
    let req = api
      .http()
      .post(`/api/requests/${requestId}/documents`)
      .set('authorization', clerk.auth);
    for (const f of files) req = req.attach('files', f.data, f.name);
    return req;
  };
  const documents = async (requestId: string) =>
    (
      await api
        .http()
        .get(`/api/requests/${requestId}/documents`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).body.documents as {
      number: number;
      duplicateOfNumber: number | null;
      copyNumbers: number[];
      threadId: string | null;
    }[];
  const proposals = async (requestId: string) =>
    (
      await api
        .http()
        .get(`/api/requests/${requestId}/documents/duplicates`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).body.proposals as {
      id: string;
      kind: string;
      status: string;
      score: number;
      document: { number: number };
      twin: { number: number };
      decidedBy: string | null;
    }[];
  const decide = (requestId: string, proposalId: string, decision: 'confirm' | 'reject') =>
    api
      .http()
      .post(`/api/requests/${requestId}/documents/duplicates/${proposalId}/${decision}`)
      .set('authorization', clerk.auth);
  const events = async (requestId: string, type: string) =>
    (await rawQuery(
      api.app.get(DataSource),
      'SELECT "payload", "actor_id" AS "actorId" FROM "request_event" WHERE "request_id" = ? AND "type" = ? ORDER BY "sequence"',
      [requestId, type],
    )) as { payload: string; actorId: string | null }[];

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-10');
    clerk = await api.newUser(await api.newOrganisation(), 'clerk');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('should point every copy of the same bytes at the lowest-numbered twin and list it once', async () => {
    const { id } = await createRequest(api, clerk);
    const memo = memoPdf(memoWords(1, 60));
    await upload(id, [
      { name: 'memo.pdf', data: memo },
      { name: 'memo-kopie.pdf', data: memo },
    ]).expect(201);
    // A later upload of the same bytes, inside an e-mail, is a twin too.
    await upload(id, [
      {
        name: 'doorgestuurd.eml',
        data: emailWith('Memo', 'Tue, 02 Apr 2024 10:00:00 +0200', 'Zie bijlage.', [
          { name: 'memo.pdf', contentType: 'application/pdf', data: memo },
        ]),
      },
    ]).expect(201);

    const listed = await documents(id);
    expect(listed.map((d) => [d.number, d.duplicateOfNumber])).toEqual([
      [1, null],
      [2, 1],
      [3, null],
      [4, 1],
    ]);
    // The inventory lists the memo once (and the e-mail), every number kept.
    expect(listed.filter((d) => d.duplicateOfNumber === null).map((d) => d.number)).toEqual([1, 3]);
    const exact = (await proposals(id)).filter((p) => p.kind === 'exact');
    expect(exact.map((p) => [p.document.number, p.twin.number, p.status, p.decidedBy])).toEqual([
      [2, 1, 'confirmed', clerk.id],
      [4, 1, 'confirmed', clerk.id],
    ]);
    const found = await events(id, 'duplicates_found');
    expect(found.map((e) => JSON.parse(e.payload).exact)).toEqual([
      [{ number: 2, duplicateOf: 1 }],
      [{ number: 4, duplicateOf: 1 }],
    ]);
    expect(found.every((e) => e.actorId === clerk.id)).toBe(true);
  });

  it('should propose a lightly edited memo as a near-duplicate, and no unrelated text', async () => {
    const { id } = await createRequest(api, clerk);
    const words = memoWords(7, 400);
    const edited = [...words];
    edited[100] = 'gewijzigd';
    edited[300] = 'aangepast';
    await upload(id, [
      { name: 'memo-v1.pdf', data: memoPdf(words) },
      { name: 'ander-onderwerp.pdf', data: memoPdf(memoWords(99, 400)) },
    ]).expect(201);
    expect(await proposals(id)).toEqual([]);
    expect(await events(id, 'duplicates_found')).toEqual([]);

    await upload(id, [{ name: 'memo-v2.pdf', data: memoPdf(edited) }]).expect(201);
    const [near, ...others] = await proposals(id);
    expect(others).toEqual([]);
    expect(near).toEqual(
      expect.objectContaining({
        kind: 'near',
        status: 'proposed',
        document: expect.objectContaining({ number: 3, fileName: 'memo-v2.pdf' }),
        twin: expect.objectContaining({ number: 1, fileName: 'memo-v1.pdf' }),
        decidedBy: null,
      }),
    );
    // Two words changed in 400: about 0.95 of the five-word shingles are shared.
    expect(near.score).toBeGreaterThanOrEqual(0.9);
    expect(near.score).toBeLessThan(1);
    // Proposed is not decided: every document is still listed.
    expect((await documents(id)).map((d) => d.duplicateOfNumber)).toEqual([null, null, null]);

    const confirmed = await decide(id, near.id, 'confirm').expect(200);
    expect(confirmed.body).toEqual(
      expect.objectContaining({ status: 'confirmed', decidedBy: clerk.id }),
    );
    expect((await documents(id)).map((d) => d.duplicateOfNumber)).toEqual([null, null, 1]);
    const recorded = await events(id, 'duplicate_confirmed');
    expect(recorded).toHaveLength(1);
    expect(JSON.parse(recorded[0].payload)).toEqual({
      proposal: near.id,
      kind: 'near',
      number: 3,
      twin: 1,
    });
    expect(recorded[0].actorId).toBe(clerk.id);

    // Decided once: a second decision is a conflict and records nothing.
    const again = await decide(id, near.id, 'reject').expect(409);
    expect(again.body.code).toBe('DUPLICATE.ALREADY_DECIDED');
    expect(await events(id, 'duplicate_rejected')).toEqual([]);
  });

  it('should give a reply its original thread and propose the quoted original as contained in it', async () => {
    const { id } = await createRequest(api, clerk);
    const original =
      'Beste Anna,\n\nHierbij de tekeningen van de nieuwe brug over de haven. ' +
      'Kun je voor vrijdag laten weten of de wethouder akkoord is met de planning?\n\nGroet, Piet';
    const reply =
      'Hoi Piet,\n\nDe wethouder is akkoord. Ik stuur het door naar de raad.\n\nAnna\n\n' +
      'Op 2 april 2024 schreef Piet:\n' +
      original
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    await upload(id, [
      {
        name: 'vraag.eml',
        data: emailWith('Brug haven', 'Tue, 02 Apr 2024 09:00:00 +0200', original, [], {
          messageId: '<vraag-1@gemeente.example>',
        }),
      },
      {
        name: 'los.eml',
        data: emailWith('Iets anders', 'Tue, 02 Apr 2024 11:00:00 +0200', 'Ander onderwerp.', [], {
          messageId: '<los-1@gemeente.example>',
        }),
      },
    ]).expect(201);
    await upload(id, [
      {
        name: 'antwoord.eml',
        data: emailWith('Re: Brug haven', 'Wed, 03 Apr 2024 10:00:00 +0200', reply, [], {
          messageId: '<antwoord-1@gemeente.example>',
          inReplyTo: '<vraag-1@gemeente.example>',
          references: '<vraag-1@gemeente.example>',
        }),
      },
    ]).expect(201);

    expect((await documents(id)).map((d) => [d.number, d.threadId])).toEqual([
      [1, '<vraag-1@gemeente.example>'],
      [2, '<los-1@gemeente.example>'],
      [3, '<vraag-1@gemeente.example>'],
    ]);
    const thread = (await proposals(id)).filter((p) => p.kind === 'thread');
    expect(thread).toEqual([
      expect.objectContaining({
        status: 'proposed',
        document: expect.objectContaining({ number: 1 }),
        twin: expect.objectContaining({ number: 3 }),
      }),
    ]);

    // The clerk keeps both listed: rejected, recorded, and nothing points anywhere.
    await decide(id, thread[0].id, 'reject').expect(200);
    expect((await proposals(id)).find((p) => p.id === thread[0].id)?.status).toBe('rejected');
    expect((await documents(id)).map((d) => d.duplicateOfNumber)).toEqual([null, null, null]);
    const rejected = await events(id, 'duplicate_rejected');
    expect(rejected.map((e) => JSON.parse(e.payload))).toEqual([
      { proposal: thread[0].id, kind: 'thread', number: 1, twin: 3 },
    ]);
  });

  it('should move the copies of a confirmed near-duplicate to its twin', async () => {
    const { id } = await createRequest(api, clerk);
    const words = memoWords(21, 400);
    const edited = [...words];
    edited[200] = 'gewijzigd';
    await upload(id, [
      { name: 'memo-v1.pdf', data: memoPdf(words) },
      { name: 'memo-v2.pdf', data: memoPdf(edited) },
      { name: 'memo-v2-kopie.pdf', data: memoPdf(edited) },
    ]).expect(201);
    const near = (await proposals(id)).find((p) => p.kind === 'near')!;
    expect([near.document.number, near.twin.number]).toEqual([2, 1]);
    await decide(id, near.id, 'confirm').expect(200);
    const listed = await documents(id);
    expect(listed.map((d) => d.duplicateOfNumber)).toEqual([null, 1, 1]);
    expect(listed[0].copyNumbers).toEqual([2, 3]);
  });

  it('should answer 404 for a proposal that does not exist or cannot be one', async () => {
    const { id } = await createRequest(api, clerk);
    const unknown = await decide(id, '00000000-0000-4000-8000-000000000000', 'confirm').expect(404);
    expect(unknown.body.code).toBe('DUPLICATE.NOT_FOUND');
    const malformed = await decide(id, 'geen-id', 'reject').expect(404);
    expect(malformed.body.code).toBe('DUPLICATE.NOT_FOUND');
  });
});
