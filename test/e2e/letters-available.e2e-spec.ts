// Which letters the register offers as a request goes on (LetterService.available, what the
// request page shows): a kind appears once its event is in the log, says which input it needs,
// and carries the register's reason when it would still be refused. Steps go through HTTP.
import { type AvailableLetter, LetterService } from '@wobdesk/correspondence';
import { type Actor } from '@wobdesk/register';
import {
  createRequest,
  type RegisterApi,
  revokeStatusToken,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('letters available for a request (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let actor: Actor;
  let id: string;

  const step = (path: string, today: string, body: Record<string, unknown>) =>
    postStep(api, clerk, id, path, today, body);
  const available = () => api.app.get(LetterService).available(actor, id);
  const kinds = (list: readonly AvailableLetter[]) => list.map((l) => l.kind);
  const find = async (kind: string) => (await available()).find((l) => l.kind === kind);

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-02', { PUBLIC_BASE_URL: 'https://woo.example.nl' });
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    actor = { userId: clerk.id, organisationId, role: 'clerk', name: 'Behandelaar' };
    ({ id } = await createRequest(api, clerk, {
      receivedOn: '2024-04-02',
      letterDate: '2024-04-01',
    }));
  });

  afterAll(() => api?.close());

  it('should offer nothing before the acknowledgement, then the acknowledgement with its optional input', async () => {
    expect(await available()).toEqual([]);
    await step('acknowledge', '2024-04-04', { occurredOn: '2024-04-04' });
    expect(await available()).toEqual([
      { kind: 'acknowledgement', inputFields: ['conversationInvitation'] },
    ]);
  });

  it('should offer the clarification request with its required explanation', async () => {
    await step('clarification-requests', '2024-04-05', {
      occurredOn: '2024-04-05',
      termEndsOn: '2024-04-19',
    });
    expect(await find('clarification_request')).toEqual({
      kind: 'clarification_request',
      inputFields: ['explanation', 'questions'],
      requiredField: 'explanation',
    });
  });

  it('should offer the start of a third-party view at once and its end only after the view', async () => {
    await step('clarification-answers', '2024-04-10', { occurredOn: '2024-04-10' });
    await step('third-party-views', '2024-04-12', {
      occurredOn: '2024-04-12',
      termEndsOn: '2024-04-26',
    });
    const open = await available();
    expect(kinds(open)).toEqual([
      'acknowledgement',
      'clarification_request',
      'third_party_view_start',
      'third_party_view_request',
    ]);
    expect(open[2]).toMatchObject({ requiredField: 'thirdParties' });
    // The request to the third party itself needs their name and address.
    expect(open[3]).toMatchObject({ requiredField: 'recipientName' });
    await step('third-party-view-responses', '2024-04-22', { occurredOn: '2024-04-22' });
    // No start notice stored with a description of the parties: the end notice needs one too.
    expect(await find('third_party_view_end')).toMatchObject({ requiredField: 'thirdParties' });
  });

  it('should keep offering the acknowledgement while the status link is revoked, with the reason', async () => {
    await revokeStatusToken(api, clerk, id);
    expect(await find('acknowledgement')).toMatchObject({
      refusal: { code: 'LETTER.NO_STATUS_LINK', nl: expect.stringContaining('statuslink') },
    });
  });

  it('should offer the decision letter once the decision is recorded, and the objection acknowledgement after an objection', async () => {
    expect(kinds(await available())).not.toContain('decision');
    await step('decision', '2024-05-13', {
      occurredOn: '2024-05-13',
      outcomes: [
        { number: 1, outcome: 'granted' },
        {
          number: 2,
          outcome: 'refused',
          grounds: ['5.1.2.e'],
          weighing:
            'Het belang van de privacy weegt hier zwaarder dan het belang van openbaarheid.',
        },
      ],
    });
    expect(await find('decision')).toEqual({
      kind: 'decision',
      inputFields: ['introduction', 'viewsSummary', 'ageReasoning', 'extraSections', 'closing'],
    });
    expect(kinds(await available())).not.toContain('objection_acknowledgement');
    await step('sending', '2024-05-13', { occurredOn: '2024-05-13' });
    await step('objections', '2024-05-20', { occurredOn: '2024-05-20', byPost: false });
    expect(await find('objection_acknowledgement')).toEqual({
      kind: 'objection_acknowledgement',
      inputFields: ['objectionLetterDate', 'missingRequirements', 'repairBy', 'hearingToFollow'],
    });
  });
});
