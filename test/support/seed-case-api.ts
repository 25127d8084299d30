import { randomUUID } from 'node:crypto';
import { seedCase } from '@wobdesk/letters';
import { OrganisationRepository } from '@wobdesk/persistence';
import { type RegisterApi, SEED_ITEMS, type TestUser } from './register-api.js';

/**
 * The signing official the tests give the seed organisation: the seed decision's name was
 * redacted, and a letter without a signatory cannot be sent.
 */
export const TEST_SIGNATORY = {
  name: 'mr. drs. A.B. de Vries (naam fictief)',
  position: 'directeur Wetgeving en Juridische Zaken',
} as const;

/**
 * An organisation with the seed decision's letterhead (right-hand column, signature, objection);
 * `signatory` null leaves the signing official out, as the seed letter does.
 */
export async function newSeedOrganisation(
  api: RegisterApi,
  signatory: { readonly name: string; readonly position: string } | null = TEST_SIGNATORY,
): Promise<string> {
  const id = randomUUID();
  const org = seedCase.SEED_ORGANISATION;
  await api.app.get(OrganisationRepository).insert({
    id,
    name: org.name,
    unit: org.unit ?? null,
    returnAddress: org.returnAddress,
    visitingAddress: org.visitingAddress ?? null,
    postalAddress: org.postalAddress ?? null,
    website: org.website ?? null,
    contactEmail: null,
    contactPhone: null,
    tooiUri: null,
    tooiLabel: null,
    signatoryName: signatory?.name ?? null,
    signatoryPosition: signatory?.position ?? null,
    lateDecisionApology: null,
    signatoryTitle: org.signatoryTitle,
    onBehalfLine: org.onBehalfLine ?? null,
    objectionAddress: org.objectionAddress,
    voice: 'ik',
    referencePrefix: '',
    nextReferenceNumber: 2848691,
    createdAt: new Date(),
  });
  return id;
}

/**
 * The seed case (besluit Wob 2020-05-26) replayed through the clerks' API, step by step on its
 * own dates, as test/e2e/register-seed-case.e2e-spec.ts does it: received 3 March 2020,
 * acknowledged by e-mail on 11 March with an invitation to a conversation, a telephone
 * conversation on 18 March (summary e-mailed 19 March), a call on 15 April in which the
 * requester needed no further documents; decided and sent on 26 May 2020 (56 days late).
 */
export async function replaySeedCase(
  api: RegisterApi,
  clerk: TestUser,
  options: {
    readonly recordSending?: boolean;
    /**
     * false: the acknowledgement is recorded without making and sending its letter, for specs
     * that count the request's letters (the acknowledgement letter needs PUBLIC_BASE_URL).
     */
    readonly acknowledgementLetter?: boolean;
  } = {},
): Promise<{ id: string; statusToken: string }> {
  api.clock.set('2020-03-03');
  const created = await api
    .http()
    .post('/api/requests')
    .set('authorization', clerk.auth)
    .send({
      requester: {
        name: seedCase.SEED_REQUESTER.name,
        salutation: seedCase.SEED_REQUESTER.salutation,
        postalAddress: seedCase.SEED_REQUESTER.postalAddress,
      },
      letterDate: '2020-02-27',
      receivedOn: '2020-03-03',
      channel: 'post',
      subject: 'Gezichtsherkenningstechnologie, biometrische gegevens en Clearview AI',
      items: SEED_ITEMS.map((text) => ({ text })),
    });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const id = created.body.request.id as string;
  await postStep(api, clerk, id, 'acknowledge', '2020-03-11', { occurredOn: '2020-03-11' });
  if (options.acknowledgementLetter !== false) {
    await sendLetter(api, clerk, id, 'acknowledgement', { conversationInvitation: true }, 'email');
  }
  const steps: [path: string, today: string, body: Record<string, unknown>][] = [
    [
      'conversations',
      '2020-03-19',
      {
        occurredOn: '2020-03-18',
        channel: 'phone',
        participants: ['verzoeker'],
        summaryPoints: [...seedCase.SEED_SUMMARY_POINTS],
        summarySentOn: '2020-03-19',
      },
    ],
    [
      'conversations',
      '2020-04-15',
      {
        occurredOn: '2020-04-15',
        channel: 'phone',
        participants: ['verzoeker'],
        summaryPoints: [
          'U heeft bevestigd dat u geen behoefte heeft aan nadere concrete documenten over de vragen 1 tot en met 3.',
        ],
      },
    ],
    [
      'decision',
      '2020-05-26',
      {
        occurredOn: '2020-05-26',
        outcomes: SEED_OUTCOMES,
      },
    ],
    ['sending', '2020-05-26', { occurredOn: '2020-05-26' }],
  ];
  // Without the sending, the decision can get its letter first (the sending then marks it sent).
  const replayed = options.recordSending === false ? steps.slice(0, -1) : steps;
  for (const [path, today, body] of replayed) await postStep(api, clerk, id, path, today, body);
  return { id, statusToken: created.body.statusToken as string };
}

/** The seed decision's answers, as the seed letter gives them. */
export const SEED_OUTCOMES = [
  {
    number: 1,
    outcome: 'dropped',
    remarks:
      'In het telefoongesprek van 15 april 2020 heeft u bevestigd dat u geen behoefte heeft aan nadere concrete documenten over deze vragen.',
  },
  { number: 2, outcome: 'dropped', answeredWith: 1 },
  { number: 3, outcome: 'dropped', answeredWith: 1 },
  {
    number: 4,
    outcome: 'answered_outside',
    remarks:
      'De politie gebruikt de software voor gezichtsherkenning van het bedrijf IDEMIA. De politie heeft het softwarepakket zelf CATCH genoemd.',
  },
  {
    number: 5,
    outcome: 'no_documents',
    remarks:
      'Evenwel beantwoord ik uw vragen hieronder zo goed mogelijk. Het is mij op dit moment niet bekend of er overheidsdiensten zijn die een product van Clearview in gebruik hebben of hiervan gebruik hebben gemaakt.',
  },
  { number: 6, outcome: 'no_documents', answeredWith: 5 },
] as const;

/** Makes a letter of `kind` and records it as sent by `channel` on the clock's day. */
export async function sendLetter(
  api: RegisterApi,
  clerk: TestUser,
  id: string,
  kind: string,
  input: Record<string, unknown>,
  channel: 'email' | 'post',
): Promise<string> {
  const made = await api
    .http()
    .post(`/api/requests/${id}/letters`)
    .set('authorization', clerk.auth)
    .send({ kind, ...input });
  if (made.status !== 201) throw new Error(`letter ${kind}: ${made.status} ${made.text}`);
  const letterId = made.body.id as string;
  const sent = await api
    .http()
    .post(`/api/requests/${id}/letters/${letterId}/send`)
    .set('authorization', clerk.auth)
    .send({ sentOn: api.clock.today().toString(), channel });
  if (sent.status !== 200) throw new Error(`send ${kind}: ${sent.status} ${sent.text}`);
  return letterId;
}

/** One step of a case (`POST /api/requests/:id/<path>`) with the clock set to `today`. */
export async function postStep(
  api: RegisterApi,
  clerk: TestUser,
  id: string,
  path: string,
  today: string,
  body: Record<string, unknown>,
): Promise<{ version: number; decisionDeadline: string }> {
  api.clock.set(today);
  const res = await api
    .http()
    .post(`/api/requests/${id}/${path}`)
    .set('authorization', clerk.auth)
    .send(body);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
  return res.body;
}
