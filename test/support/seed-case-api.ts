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
    signatoryName: signatory?.name ?? null,
    signatoryPosition: signatory?.position ?? null,
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
 * acknowledged, two telephone conversations, decided and sent on 26 May 2020.
 */
export async function replaySeedCase(
  api: RegisterApi,
  clerk: TestUser,
  options: { readonly recordSending?: boolean } = {},
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
  const steps: [path: string, today: string, body: Record<string, unknown>][] = [
    ['acknowledge', '2020-03-11', { occurredOn: '2020-03-11' }],
    [
      'conversations',
      '2020-03-19',
      {
        occurredOn: '2020-03-18',
        channel: 'phone',
        participants: ['verzoeker', 'medewerker DGRR'],
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
        participants: ['verzoeker', 'medewerker DGRR'],
        summaryPoints: [
          'Verzoeker heeft geen behoefte aan nadere concrete documenten (vragen 1-3).',
        ],
      },
    ],
    [
      'decision',
      '2020-05-26',
      {
        occurredOn: '2020-05-26',
        outcomes: [
          { number: 1, outcome: 'granted', remarks: 'Gevolg gegeven zoals besproken.' },
          { number: 2, outcome: 'granted', remarks: 'Gevolg gegeven zoals besproken.' },
          { number: 3, outcome: 'granted', remarks: 'Gevolg gegeven zoals besproken.' },
          { number: 4, outcome: 'granted', remarks: 'Het gaat om IDEMIA (CATCH).' },
          { number: 5, outcome: 'no_documents' },
          { number: 6, outcome: 'no_documents' },
        ],
      },
    ],
    ['sending', '2020-05-26', { occurredOn: '2020-05-26' }],
  ];
  // Without the sending, the decision can get its letter first (the sending then marks it sent).
  const replayed = options.recordSending === false ? steps.slice(0, -1) : steps;
  for (const [path, today, body] of replayed) await postStep(api, clerk, id, path, today, body);
  return { id, statusToken: created.body.statusToken as string };
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
