// The forwarding letters on the clerk's request page over real HTTP: offered once the forwarding
// is recorded, each with the form fields its input declares, and made from the form as typed.
// Needs Debian's chromium (the PDF is printed when a letter is made).
import { postPageForm } from '../support/page-forms.js';
import {
  createRequest,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { newSeedOrganisation, postStep } from '../support/seed-case-api.js';

describe('pages: forwarding letters on the request page (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let cookie: string;
  let requestId: string;

  const pagePath = () => `/verzoeken/${requestId}`;
  const page = async () =>
    (await api.http().get(pagePath()).set('cookie', cookie).expect(200)).text;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    clerk = await api.newUser(await newSeedOrganisation(api));
    cookie = `wobdesk_session=${clerk.token}`;
    ({ id: requestId } = await createRequest(api, clerk, { receivedOn: '2026-02-27' }));
  });

  afterAll(() => api?.close());

  it('should offer both letters after the forwarding, with their input fields', async () => {
    expect(await page()).not.toContain('id="brief-forwarding_notice"');
    await postStep(api, clerk, requestId, 'forward', '2026-03-02', {
      occurredOn: '2026-03-02',
      to: 'de minister van Financiën',
    });
    const after = await page();
    expect(after).toMatch(
      /<textarea[^>]*id="brief-forwarding_notice-forwardingReason" name="forwardingReason"[^>]*aria-required="true"/,
    );
    expect(after).toContain('Waarom is de informatie bij het andere bestuursorgaan?');
    expect(after).toMatch(
      /<textarea[^>]*id="brief-forwarding_letter-recipientAddress" name="recipientAddress"/,
    );
    expect(after).toContain('Adres van de geadresseerde');
  });

  it('should make the letter to the body from the form, one address line per line', async () => {
    const made = await postPageForm(api, cookie, pagePath(), `${pagePath()}/brieven`, {
      kind: 'forwarding_letter',
      forwardingReason: 'Het gaat over belastingen.',
      recipientAddress: 'Postbus 20201\r\n2500 EE Den Haag',
    });
    expect(made.status).toBe(303);
    const letters = (
      await api
        .http()
        .get(`/api/requests/${requestId}/letters`)
        .set('authorization', clerk.auth)
        .expect(200)
    ).body as { kind: string; input: object }[];
    expect(letters).toMatchObject([
      {
        kind: 'forwarding_letter',
        input: {
          forwardingReason: 'Het gaat over belastingen.',
          recipientAddress: ['Postbus 20201', '2500 EE Den Haag'],
        },
      },
    ]);
  });
});
