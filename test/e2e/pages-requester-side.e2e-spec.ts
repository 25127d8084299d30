import { OrganisationRepository } from '@wobdesk/persistence';
import { type RegisterApi, startRegisterApi } from '../support/register-api.js';

// The requester's side over real HTTP: pages named after the organisation, the privacy statement
// on the form, an e-mail or a postal address required (the same rule on the page and in the
// API), and an HTML page for a page that does not exist while the API keeps its JSON.

async function formSession(api: RegisterApi) {
  const res = await api.http().get('/verzoek-indienen').expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.text)![1]!;
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .join('; ');
  return { token, cookie, html: res.text };
}

describe('pages: the requester side (HTTP)', () => {
  let api: RegisterApi;
  let clerkAuth: string;
  let organisation: string;

  beforeAll(async () => {
    api = await startRegisterApi('2026-03-02');
    organisation = await api.newOrganisation('Gemeente Voorbeeld');
    clerkAuth = (await api.newUser(organisation)).auth;
  });

  afterAll(() => api.close());

  it('should name the organisation, not the software, on the requester pages', async () => {
    const { html } = await formSession(api);
    expect(html).toContain('<title>Woo-verzoek indienen – Gemeente Voorbeeld</title>');
    expect(html).toMatch(/class="wobdesk-brand" href="\/">Gemeente Voorbeeld </);
    expect(html).not.toContain('Wobdesk');
    const start = await api.http().get('/').expect(200);
    expect(start.text).toContain('<title>Informatie opvragen – Gemeente Voorbeeld</title>');
  });

  it('should state on the form what happens to the personal data, naming the AVG basis', async () => {
    const { html } = await formSession(api);
    expect(html).toContain('Wat wij met uw gegevens doen');
    expect(html).toContain('AVG (artikel 6, lid 1, onder c en e)');
    expect(html).toContain('Neem daarvoor contact op met Gemeente Voorbeeld.');
    // With a contact address in the letter settings, the form says where to write.
    await api.app
      .get(OrganisationRepository)
      .updateDetails(organisation, { contactEmail: 'woo@voorbeeld.example.nl' });
    const withAddress = (await formSession(api)).html;
    expect(withAddress).toContain(
      'Stuur daarvoor een e-mail naar <a class="utrecht-link" href="mailto:woo@voorbeeld.example.nl">woo@voorbeeld.example.nl</a>.',
    );
    await api.app.get(OrganisationRepository).updateDetails(organisation, { contactEmail: null });
  });

  it('should refuse a form without e-mail and postal address, naming both fields', async () => {
    const { token, cookie } = await formSession(api);
    const res = await api.http().post('/verzoek-indienen').set('cookie', cookie).type('form').send({
      _csrf: token,
      requesterName: 'A. de Boer',
      subject: 'Bomen',
      item1: 'Kapvergunningen',
    });
    expect(res.status).toBe(400);
    const message = 'Vul een e-mailadres of een postadres in. Daar sturen wij het besluit naartoe.';
    expect(res.text).toContain(`id="verzoek-requesterEmail-fout"`);
    expect(res.text).toContain(`id="verzoek-requesterPostalAddress-fout"`);
    expect(res.text).toContain(
      `<a class="utrecht-link" href="#verzoek-requesterEmail">E-mailadres: ${message}</a>`,
    );
    expect(res.text).toContain(
      `<a class="utrecht-link" href="#verzoek-requesterPostalAddress">Postadres: ${message}</a>`,
    );
    expect(res.text).toContain('value="A. de Boer"');
    const rows = await api.http().get('/api/requests').set('authorization', clerkAuth);
    expect(rows.body.total).toBe(0);
  });

  it('should accept a postal address alone on the form', async () => {
    const { token, cookie } = await formSession(api);
    await api
      .http()
      .post('/verzoek-indienen')
      .set('cookie', cookie)
      .type('form')
      .send({
        _csrf: token,
        requesterName: 'B. Bakker',
        requesterPostalAddress: 'Dorpsstraat 1\n1234 AB  Voorbeeld',
        subject: 'Bomen',
        item1: 'Kapvergunningen',
      })
      .expect(303);
  });

  it('should apply the same rule in the API: 400 naming both fields, nothing stored', async () => {
    const body = {
      requester: { name: 'C. Claes', phone: '020 123 4567' },
      receivedOn: '2026-03-02',
      channel: 'phone',
      subject: 'Bomen',
      items: [{ text: 'Kapvergunningen' }],
    };
    const before = (await api.http().get('/api/requests').set('authorization', clerkAuth)).body
      .total as number;
    const res = await api
      .http()
      .post('/api/requests')
      .set('authorization', clerkAuth)
      .send(body)
      .expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'requester',
        rule: 'emailOrPostalAddress',
        message:
          'requester.email or requester.postalAddress is required: the decision must be sent to one of them',
      },
    ]);
    const after = (await api.http().get('/api/requests').set('authorization', clerkAuth)).body
      .total as number;
    expect(after).toBe(before);
    await api
      .http()
      .post('/api/requests')
      .set('authorization', clerkAuth)
      .send({ ...body, requester: { ...body.requester, postalAddress: 'Postbus 1' } })
      .expect(201);
  });

  it('should answer an unknown page with an HTML page and an unknown API path with JSON', async () => {
    const page = await api.http().get('/bestaat-niet/echt-niet').expect(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<h1 class="utrecht-heading-1">Pagina niet gevonden</h1>');
    expect(page.text).toContain('Gemeente Voorbeeld');
    const json = await api.http().get('/api/bestaat-niet').expect(404);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body).toMatchObject({ statusCode: 404 });
  });
});
