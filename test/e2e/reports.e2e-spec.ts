// The management report over real HTTP: the JSON agrees with the request page's own dates, a
// bad period is a 400 naming the field and rule, a clerk is refused, and the CSV, the XLSX and
// the coordinator's page carry the same figures.
import ExcelJS from 'exceljs';
import { binary } from '../support/pdf-files.js';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { newSeedOrganisation, replaySeedCase } from '../support/seed-case-api.js';

describe('reports (HTTP)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let requestId: string;
  const period = 'from=2020-01-01&to=2020-06-30';

  beforeAll(async () => {
    api = await startRegisterApi('2020-03-03');
    const organisationId = await newSeedOrganisation(api);
    clerk = await api.newUser(organisationId, 'clerk');
    coordinator = await api.newUser(organisationId, 'coordinator');
    ({ id: requestId } = await replaySeedCase(api, clerk, { acknowledgementLetter: false }));
    api.clock.set('2020-07-01');
  });

  afterAll(() => api.close());

  it('counts the decided request with the dates of its request page', async () => {
    const request = await api
      .http()
      .get(`/api/requests/${requestId}`)
      .set('authorization', clerk.auth)
      .expect(200);
    const res = await api
      .http()
      .get(`/api/reports?${period}`)
      .set('authorization', coordinator.auth)
      .expect(200);
    const total = res.body.requests.total;
    const onTime = '2020-05-26' <= request.body.decisionDeadline;
    expect(total).toMatchObject({
      received: 1,
      decided: 1,
      decidedOnTime: onTime ? 1 : 0,
      pending: 0,
      // 3 March to 26 May 2020; the seed case had no suspension.
      grossDays: { mean: 84, median: 84 },
      netDays: { mean: 84, median: 84 },
    });
    expect(res.body.period).toEqual({ from: '2020-01-01', to: '2020-06-30' });
    expect(Object.keys(res.body.requests.perMonth)).toHaveLength(6);
    expect(res.body.handlerNames).toBeDefined();
  });

  it.each([
    ['from=2020-02-30&to=2020-06-30', 'from', 'isCaseDate'],
    ['from=2020-06-30&to=2020-01-01', 'to', 'notBeforeFrom'],
    ['from=2000-01-01&to=2020-06-30', 'to', 'maxPeriod'],
    ['from=2020-01-01', 'to', 'isDefined'],
  ])('refuses %s with a 400 naming %s and %s', async (query, field, rule) => {
    const res = await api
      .http()
      .get(`/api/reports?${query}`)
      .set('authorization', coordinator.auth)
      .expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, rule })]),
    );
  });

  it('is for coordinators only', async () => {
    await api.http().get(`/api/reports?${period}`).set('authorization', clerk.auth).expect(403);
    await api.http().get(`/api/reports?${period}`).expect(401);
    await api
      .http()
      .get(`/rapportage?van=2020-01-01&tot=2020-06-30`)
      .set('cookie', `wobdesk_session=${clerk.token}`)
      .expect(403);
  });

  it('exports the same figures as CSV and as XLSX', async () => {
    const csv = await api
      .http()
      .get(`/api/reports/export.csv?${period}`)
      .set('authorization', coordinator.auth)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Verzoeken in de periode');
    expect(lines[2]).toMatch(/^1,1,\d,/);
    const xlsx = await api
      .http()
      .get(`/api/reports/export.xlsx?${period}`)
      .set('authorization', coordinator.auth)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.getWorksheet('Verzoeken in de periode')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Ontvangen');
    expect(sheet.getRow(2).getCell(2).value).toBe(1);
    expect(book.worksheets.map((w) => w.name)).toContain('Per behandelaar');
  });

  it("shows the coordinator's page with charts, tables and download links", async () => {
    const cookie = `wobdesk_session=${coordinator.token}`;
    const res = await api
      .http()
      .get('/rapportage?van=2020-01-01&tot=2020-06-30')
      .set('cookie', cookie)
      .expect(200);
    expect(res.text).toContain('<h1 class="utrecht-heading-1">Rapportage</h1>');
    expect(res.text).toContain('aria-labelledby="grafiek-duur-titel grafiek-duur-beschrijving"');
    expect(res.text).toContain('Bruto duur');
    expect(res.text).toContain(
      'href="/rapportage/export.csv?van&#x3D;2020-01-01&amp;tot&#x3D;2020-06-30"',
    );
    const csv = await api
      .http()
      .get('/rapportage/export.csv?van=2020-01-01&tot=2020-06-30')
      .set('cookie', cookie)
      .expect(200);
    expect(csv.text).toContain('Verzoeken in de periode');
    const bad = await api
      .http()
      .get('/rapportage?van=2020-06-30&tot=2020-01-01')
      .set('cookie', cookie)
      .expect(400);
    expect(bad.text).toContain('&quot;Tot en met&quot; mag niet vóór &quot;Van&quot; liggen.');
  });
});
