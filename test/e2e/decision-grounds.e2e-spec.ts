// The decision step over HTTP, as a clerk tries it: a ground the law does not have or a relative
// ground without its weighing is refused at the step with the field named and nothing stored, so
// a decision it accepts can always be made into a letter; until it is sent the decision can be
// recorded again, which corrects it, and the next letter follows the correction.
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  SEED_ITEMS,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation } from '../support/seed-case-api.js';

const WEIGHING = 'Het belang van de privacy van de medewerkers weegt zwaarder dan openbaarheid.';
const CORRECTED = 'Het goed functioneren van de dienst weegt hier zwaarder dan openbaarheid.';

describe('the decision step: grounds from the list, corrected until sent (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;

  const http = () => api.http();
  const decide = (body: Record<string, unknown>) =>
    http()
      .post(`/api/requests/${id}/decision`)
      .set('authorization', clerk.auth)
      .send({ occurredOn: '2026-03-20', ...body });
  const eventTypes = async (requestId = id) =>
    (
      await http().get(`/api/requests/${requestId}/events`).set('authorization', clerk.auth)
    ).body.map((e: { type: string }) => e.type) as string[];
  const request = async (requestId = id) =>
    (await http().get(`/api/requests/${requestId}`).set('authorization', clerk.auth).expect(200))
      .body;
  const decisionLetterHtml = async () => {
    const made = await http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    const html = await http()
      .get(`/api/letters/${made.body.id}/html`)
      .set('authorization', clerk.auth)
      .expect(200);
    return { id: made.body.id as string, html: html.text };
  };

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-20');
    // An organisation with a complete letterhead, so that its letters can be made.
    clerk = await api.newUser(await newSeedOrganisation(api));
    ({ id } = await createRequest(api, clerk, { receivedOn: '2026-03-02' }));
  });

  afterAll(() => api?.close());

  it.each([
    ['free text', '5.1 lid 2 sub i', 0, 0],
    ['a Wob ground in a Woo decision', '10.2.e', 1, 0],
    ['an onderdeel the Woo does not have', '5.1.2.j', 1, 1],
  ])('should refuse %s as a ground, naming the field, and store nothing', async (_, code, i, j) => {
    const grounds = j === 0 ? [code] : ['5.1.1.d', code];
    const outcomes = [
      { number: 1, outcome: 'granted' },
      { number: 2, outcome: 'refused', grounds, weighing: WEIGHING },
    ];
    const res = await decide({ outcomes: i === 0 ? [outcomes[1], outcomes[0]] : outcomes });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'DECISION.UNKNOWN_GROUND',
      details: { field: `outcomes[${i}].grounds[${j}]`, rule: 'refusal_ground_of_woo' },
      messageNl: expect.stringContaining('weigeringsgrond'),
    });
    expect(await eventTypes()).not.toContain('decision_taken');
    expect((await request()).items.map((item: { outcome?: string }) => item.outcome)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('should refuse a relative ground without its weighing, naming the field', async () => {
    const res = await decide({
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'partly_granted', grounds: ['5.1.1.d', '5.1.2.e'] },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'DECISION.WEIGHING_REQUIRED',
      details: { field: 'outcomes[1].weighing', rule: 'required_for_relative_ground' },
    });
    expect(await eventTypes()).not.toContain('decision_taken');
  });

  it('should accept a ground of the list and make the decision letter from it', async () => {
    await decide({
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'refused', grounds: ['5.1.2.e'], weighing: WEIGHING },
      ],
    }).expect(200);
    expect((await request()).items[1]).toMatchObject({
      outcome: 'refused',
      grounds: ['5.1.2.e'],
      weighing: WEIGHING,
    });
    const { html } = await decisionLetterHtml();
    expect(html).toContain('artikel 5.1, tweede lid, aanhef en onder e, van de Woo');
    expect(html).toContain(WEIGHING);
  });

  it('should correct the decision when it is recorded again before sending; the next letter follows', async () => {
    const before = await request();
    const res = await decide({
      occurredOn: '2026-03-19',
      outcomes: [
        { number: 1, outcome: 'no_documents' },
        { number: 2, outcome: 'refused', grounds: ['5.1.2.i'], weighing: CORRECTED },
      ],
    }).expect(200);
    expect(res.body.phase).toBe('decided');
    const types = await eventTypes();
    expect(types.filter((t) => t === 'decision_taken')).toHaveLength(1);
    expect(types.filter((t) => t === 'decision_corrected')).toHaveLength(1);
    expect(types.filter((t) => t === 'decision_items_recorded')).toHaveLength(2);
    const after = await request();
    expect(after.decisionDeadline).toBe(before.decisionDeadline);
    expect(after.items.map((item: { outcome: string }) => item.outcome)).toEqual([
      'no_documents',
      'refused',
    ]);
    const { id: letterId, html } = await decisionLetterHtml();
    expect(html).toContain('artikel 5.1, tweede lid, aanhef en onder i, van de Woo');
    expect(html).toContain(CORRECTED);
    expect(html).not.toContain(WEIGHING);
    expect(html).toContain('19 maart 2026');

    // Once sent, the decision stands: recording it again is refused as before.
    await http()
      .post(`/api/requests/${id}/letters/${letterId}/send`)
      .set('authorization', clerk.auth)
      .send({ sentOn: '2026-03-20' })
      .expect(200);
    const late = await decide({
      outcomes: [
        { number: 1, outcome: 'granted' },
        { number: 2, outcome: 'granted' },
      ],
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('REQUEST.COMMAND_NOT_ALLOWED');
  });

  describe('the page form', () => {
    let pageId: string;
    let cookie: string;
    const post = (fields: Record<string, string | readonly string[]>) =>
      postPageForm(api, cookie, `/verzoeken/${pageId}`, `/verzoeken/${pageId}/besluit`, fields);

    beforeAll(async () => {
      ({ id: pageId } = await createRequest(api, clerk, { receivedOn: '2026-03-02' }));
      cookie = `wobdesk_session=${clerk.token}`;
    });

    it('should offer the grounds of the Woo as a pick list per item, not free text', async () => {
      const page = await http().get(`/verzoeken/${pageId}`).set('cookie', cookie).expect(200);
      expect(page.text).toMatch(/<select multiple[^>]*id="besluit-grounds2" name="grounds2"/);
      expect(page.text).toContain('<option value="5.1.2.e">Woo 5.1.2.e: persoonlijke levenssfeer');
      expect(page.text).toContain('<option value="5.2.1">');
      expect(page.text).not.toContain('<option value="10.2.e">');
      expect(page.text).toContain('id="besluit-weighing2"');
    });

    it('should show a missing weighing by its field, keeping the grounds chosen, and store nothing', async () => {
      const res = await post({
        occurredOn: '2026-03-20',
        outcome1: 'granted',
        outcome2: 'refused',
        grounds2: ['5.1.1.d', '5.1.2.e'],
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain('id="besluit-weighing2-fout"');
      expect(res.text).toContain('<option value="5.1.1.d" selected>');
      expect(res.text).toContain('<option value="5.1.2.e" selected>');
      expect(await eventTypes(pageId)).not.toContain('decision_taken');
    });

    it('should refuse a choice that is not on the list by its field', async () => {
      const res = await post({
        occurredOn: '2026-03-20',
        outcome1: 'granted',
        outcome2: 'refused',
        grounds2: ['5.1 lid 2 sub i'],
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain('id="besluit-grounds2-fout"');
      expect(await eventTypes(pageId)).not.toContain('decision_taken');
    });

    it('should record the chosen grounds with the weighing, and correct them when sent again', async () => {
      const first = await post({
        occurredOn: '2026-03-20',
        outcome1: 'granted',
        outcome2: 'refused',
        grounds2: ['5.1.1.d', '5.1.2.e'],
        weighing2: WEIGHING,
      });
      expect(first.status).toBe(303);
      expect((await request(pageId)).items[1]).toMatchObject({
        grounds: ['5.1.1.d', '5.1.2.e'],
        weighing: WEIGHING,
      });
      const again = await post({
        occurredOn: '2026-03-20',
        outcome1: 'granted',
        outcome2: 'refused',
        grounds2: ['5.2.1'],
      });
      expect(again.status).toBe(303);
      expect((await request(pageId)).items[1]).toEqual(
        expect.not.objectContaining({ weighing: expect.anything() }),
      );
      expect((await request(pageId)).items[1]).toMatchObject({ grounds: ['5.2.1'] });
      expect(await eventTypes(pageId)).toContain('decision_corrected');
    });
  });
});

describe('the decision step: outcomes as practised, items answered together (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let id: string;

  const decide = (outcomes: readonly Record<string, unknown>[]) =>
    api
      .http()
      .post(`/api/requests/${id}/decision`)
      .set('authorization', clerk.auth)
      .send({ occurredOn: '2026-03-20', outcomes });

  /** The seed case: 1–3 dropped after consultation, 4 a question, 5 and 6 answered together. */
  const seedOutcomes = [
    { number: 1, outcome: 'dropped' },
    { number: 2, outcome: 'dropped', answeredWith: 1 },
    { number: 3, outcome: 'dropped', answeredWith: 1 },
    { number: 4, outcome: 'answered_outside', remarks: 'Het antwoord op uw vraag is: IDEMIA.' },
    { number: 5, outcome: 'no_documents' },
    { number: 6, outcome: 'no_documents', answeredWith: 5 },
  ];

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-20');
    clerk = await api.newUser(await newSeedOrganisation(api));
    ({ id } = await createRequest(api, clerk, {
      receivedOn: '2026-03-02',
      items: SEED_ITEMS.map((text) => ({ text })),
    }));
  });

  afterAll(() => api?.close());

  it.each([
    [
      'already public without where',
      [{ ...seedOutcomes[0], outcome: 'already_public' }, ...seedOutcomes.slice(1)],
      'outcomes[0].whereAvailable',
      'required_for_already_public',
    ],
    [
      'a shared answer with another outcome',
      [...seedOutcomes.slice(0, 5), { ...seedOutcomes[5], outcome: 'refused', grounds: ['5.2.1'] }],
      'outcomes[5].answeredWith',
      'same_outcome',
    ],
    [
      'a shared answer that is shared itself',
      [...seedOutcomes.slice(0, 5), { ...seedOutcomes[5], answeredWith: 2, outcome: 'dropped' }],
      'outcomes[5].answeredWith',
      'item_with_its_own_answer',
    ],
    [
      'an item answered with itself',
      [...seedOutcomes.slice(0, 5), { ...seedOutcomes[5], answeredWith: 6 }],
      'outcomes[5].answeredWith',
      'other_item_number',
    ],
  ])('should refuse %s, naming the field and the rule', async (_, outcomes, field, rule) => {
    const res = await decide(outcomes);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'REQUEST.INVALID_INPUT', details: { field, rule } });
  });

  it('should state the seed case as it happened: nothing disclosed, items 5 and 6 in one answer', async () => {
    const view = (await decide(seedOutcomes).expect(200)).body;
    expect(view.items.map((i: { outcome: string }) => i.outcome)).toEqual(
      seedOutcomes.map((o) => o.outcome),
    );
    expect(view.items[5]).toMatchObject({ answeredWith: 5 });
    const made = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    const html = (
      await api
        .http()
        .get(`/api/letters/${made.body.id}/html`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).text;
    expect(html).toContain('<h3>Reactie op vragen 1 tot en met 3</h3>');
    expect(html).toContain(
      'Daarom blijven vragen 1 tot en met 3 in het vervolg van dit besluit buiten beschouwing.',
    );
    expect(html).toContain('<h3>Reactie op vraag 4</h3>');
    expect(html).toContain('Het antwoord op uw vraag is: IDEMIA.');
    expect(html).toContain('Ik beantwoord vraag 4 buiten de Woo om');
    expect(html).toContain('<h3>Reactie op vragen 5 en 6</h3>');
    expect(html).not.toContain('openbaar te maken');
  });

  it('should print where already public information can be found', async () => {
    await decide([
      ...seedOutcomes.slice(0, 3),
      { number: 4, outcome: 'already_public', whereAvailable: 'https://www.example.nl/idemia' },
      ...seedOutcomes.slice(4),
    ]).expect(200);
    const made = await api
      .http()
      .post(`/api/requests/${id}/letters`)
      .set('authorization', clerk.auth)
      .send({ kind: 'decision' })
      .expect(201);
    const html = (
      await api
        .http()
        .get(`/api/letters/${made.body.id}/html`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).text;
    expect(html).toContain('U vindt deze informatie hier: https://www.example.nl/idemia');
    expect(html).toContain('De gevraagde informatie over vraag 4 is reeds openbaar');
    // The request page says the same per item.
    const page = await api
      .http()
      .get(`/verzoeken/${id}`)
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(200);
    expect(page.text).toContain('te vinden op: https://www.example.nl/idemia');
    expect(page.text).toContain('samen beantwoord met onderdeel 5');
  });
});
