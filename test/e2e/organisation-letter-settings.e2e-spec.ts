// The organisation's letter settings over HTTP: coordinators read and replace them, clerks are
// refused, bad input is a 400 naming field and rule with nothing stored, every change is recorded
// with who and when, and the next letter speaks in the new voice and is signed by the new name.
import { DataSource } from 'typeorm';
import { type RegisterApi, startRegisterApi, type TestUser } from '../support/register-api.js';
import { NOT_ACCOUNT_CHANGES } from '../support/settings-changes.js';

const PATH = '/api/organisation/letter-settings';

const settings = (overrides: Record<string, unknown> = {}) => ({
  voice: 'wij',
  unit: 'Team Juridische Zaken',
  returnAddress: 'Postbus 1000 1000 AA  Voorbeeldstad',
  visitingAddress: 'Stadhuisplein 1\n1000 AB  Voorbeeldstad',
  postalAddress: 'Postbus 1000\n1000 AA  Voorbeeldstad',
  website: 'www.voorbeeldstad.example.nl',
  contactEmail: 'woo@voorbeeldstad.example.nl',
  contactPhone: '14 000',
  signatoryTitle: 'Het college van burgemeester en wethouders van Voorbeeldstad,',
  onBehalfLine: 'namens dezen',
  signatoryName: 'drs. P. Pietersen',
  signatoryPosition: 'teamleider Juridische Zaken',
  objectionAddress:
    'het college van burgemeester en wethouders, Postbus 1000, 1000 AA Voorbeeldstad',
  ...overrides,
});

describe('organisation letter settings (e2e)', () => {
  let api: RegisterApi;
  let clerk: TestUser;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;

  beforeAll(async () => {
    api = await startRegisterApi('2024-04-15');
    const org = await api.newOrganisation('Gemeente Voorbeeldstad');
    clerk = await api.newUser(org, 'clerk');
    coordinator = await api.newUser(org, 'coordinator');
    otherCoordinator = await api.newUser(
      await api.newOrganisation('Gemeente Elders'),
      'coordinator',
    );
  });

  afterAll(() => api.close());

  const auditRows = async () =>
    (await api.app
      .get(DataSource)
      .query(`SELECT * FROM "organisation_settings_changed" WHERE ${NOT_ACCOUNT_CHANGES}`)) as {
      changed_by: string;
      changes: string;
    }[];

  it('should refuse clerks (403) and anyone without a session (401)', async () => {
    await api.http().get(PATH).expect(401);
    const get = await api.http().get(PATH).set('authorization', clerk.auth).expect(403);
    expect(get.body.code).toBe('AUTH.FORBIDDEN');
    await api.http().put(PATH).set('authorization', clerk.auth).send(settings()).expect(403);
    expect(await auditRows()).toEqual([]);
  });

  it('should refuse bad input with 400 naming field and rule, storing nothing', async () => {
    const bad = await api
      .http()
      .put(PATH)
      .set('authorization', coordinator.auth)
      .send(settings({ voice: 'u', signatoryTitle: '  ', contactEmail: 'geen adres' }))
      .expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'voice', rule: 'isIn' }),
        expect.objectContaining({ field: 'signatoryTitle', rule: 'matches' }),
        expect.objectContaining({ field: 'contactEmail', rule: 'isEmail' }),
      ]),
    );
    // The name is not a letter setting: an unknown field is refused, not ignored.
    const named = await api
      .http()
      .put(PATH)
      .set('authorization', coordinator.auth)
      .send(settings({ name: 'Gemeente Anders' }))
      .expect(400);
    expect(JSON.stringify(named.body.errors)).toContain('name');
    const after = await api.http().get(PATH).set('authorization', coordinator.auth).expect(200);
    expect(after.body).toMatchObject({ name: 'Gemeente Voorbeeldstad', changes: [] });
    expect(after.body.settings.voice).toBe('ik');
    expect(await auditRows()).toEqual([]);
  });

  it('should replace the settings, record who changed what, and record nothing for no change', async () => {
    const res = await api
      .http()
      .put(PATH)
      .set('authorization', coordinator.auth)
      .send(settings({ website: '  ' }))
      .expect(200);
    expect(res.body.settings).toMatchObject({
      voice: 'wij',
      signatoryName: 'drs. P. Pietersen',
      website: null,
    });
    expect(res.body.changes).toHaveLength(1);
    expect(res.body.changes[0]).toMatchObject({
      changedBy: coordinator.id,
      changedByName: expect.any(String),
      changes: {
        voice: { from: 'ik', to: 'wij' },
        signatoryName: { from: null, to: 'drs. P. Pietersen' },
      },
    });
    expect(res.body.changes[0].changes).not.toHaveProperty('website');
    // The same settings again (blank is no text): nothing changed, nothing recorded.
    await api
      .http()
      .put(PATH)
      .set('authorization', coordinator.auth)
      .send(settings({ website: null }))
      .expect(200);
    expect(await auditRows()).toHaveLength(1);
    // Another organisation's coordinator sees their own settings only.
    const other = await api
      .http()
      .get(PATH)
      .set('authorization', otherCoordinator.auth)
      .expect(200);
    expect(other.body).toMatchObject({ name: 'Gemeente Elders', changes: [] });
  });
});
