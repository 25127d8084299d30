// The organisation's users over HTTP, as coordinators run them: an invitation mailed through the
// outbox whose one-time link sets a password and then logs in; a role change; deactivation that
// refuses the login and ends a running session at once; a reset link that leaves the old
// password working until the new one is set; the last active coordinator kept; a clerk refused;
// bad input a 400 naming the field; every change recorded without a password or token.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '@wobdesk/config';
import { OutboxSender } from '@wobdesk/mail';
import { DataSource } from 'typeorm';
import { postPageForm } from '../support/page-forms.js';
import {
  PASSWORD,
  type RegisterApi,
  startRegisterApi,
  type TestUser,
} from '../support/register-api.js';
import { rawQuery } from '../support/raw-sql.js';

const BASE = 'https://woo.example.nl';

describe('Users (e2e)', () => {
  let api: RegisterApi;
  let coordinator: TestUser;
  let clerk: TestUser;
  // A catcher of its own: earlier runs' mails to the same addresses must not be read.
  let catcher: string;

  beforeAll(async () => {
    catcher = await mkdtemp(join(tmpdir(), 'wobdesk-users-mail-'));
    api = await startRegisterApi('2026-03-02', {
      PUBLIC_BASE_URL: BASE,
      MAIL_CATCHER_DIR: catcher,
    });
    const organisation = await api.newOrganisation('Gemeente Gebruikers');
    coordinator = await api.newUser(organisation, 'coordinator');
    clerk = await api.newUser(organisation, 'clerk');
  });

  afterAll(async () => {
    await api.close();
    await rm(catcher, { recursive: true, force: true });
  });

  const as = (user: TestUser) => ({
    get: (path: string) => api.http().get(path).set('authorization', user.auth),
    post: (path: string, body: object = {}) =>
      api.http().post(path).set('authorization', user.auth).send(body),
    put: (path: string, body: object) =>
      api.http().put(path).set('authorization', user.auth).send(body),
  });
  const login = (email: string, password: string) =>
    api.http().post('/api/auth/login').send({ email, password });
  const changes = async () =>
    (
      (await rawQuery(
        api.app.get(DataSource),
        `SELECT "changes", "changed_by" FROM "organisation_settings_changed" WHERE "organisation_id" = ? ORDER BY "changed_at", "id"`,
        [coordinator.organisationId],
      )) as { changes: string; changed_by: string }[]
    ).map((r) => ({ by: r.changed_by, changes: JSON.parse(r.changes) as object }));

  /** Delivers the outbox to the catcher and returns the link in the newest mail to `email`. */
  async function mailedLink(email: string): Promise<{ url: string; text: string }> {
    await api.app.get(OutboxSender).deliverDue({ limit: 50 });
    const dir = api.app.get(AppConfig).mail.catcherDir;
    expect(dir).toBe(catcher);
    const mails = await Promise.all(
      (await readdir(dir))
        .filter((f) => f.endsWith('.eml'))
        .map(async (f) => readFile(join(dir, f), 'utf8')),
    );
    const mine = mails.filter((m) => m.includes(`To: ${email}`) || m.includes(`<${email}>`));
    const text = mine.at(-1) ?? '';
    const url = new RegExp(`${BASE}(/wachtwoord/[A-Za-z0-9_-]+)`).exec(text.replace(/=\r?\n/g, ''));
    if (!url) throw new Error(`no link mailed to ${email}`);
    return { url: url[1]!, text };
  }

  it('invites by e-mail; the mailed link sets a password once, and the invitee logs in', async () => {
    const invited = await as(coordinator)
      .post('/api/users', { email: 'Nieuw@Example.nl', name: 'N. Nieuw', role: 'clerk' })
      .expect(201);
    const id = invited.body.id as string;
    const list = await as(coordinator).get('/api/users').expect(200);
    expect(list.body).toContainEqual({
      id,
      email: 'nieuw@example.nl',
      name: 'N. Nieuw',
      role: 'clerk',
      active: true,
      hasPassword: false,
      lastLoginAt: null,
    });
    await login('nieuw@example.nl', '').expect(400);
    const { url, text } = await mailedLink('nieuw@example.nl');
    expect(text).toContain('Uitnodiging voor Wobdesk van Gemeente Gebruikers');
    const token = url.split('/').at(-1)!;

    // The page behind the link: the form, then a too-short password refused beside its field.
    const page = await api.http().get(url).expect(200);
    expect(page.text).toContain('Kies uw wachtwoord');
    const short = await postPageForm(api, '', url, url, { password: 'kort', repeat: 'kort' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('minstens 12 tekens');
    const done = await postPageForm(api, '', url, url, {
      password: 'een lange zin als wachtwoord',
      repeat: 'een lange zin als wachtwoord',
    });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Uw wachtwoord is opgeslagen');

    const session = await login('nieuw@example.nl', 'een lange zin als wachtwoord').expect(200);
    expect(session.body.user).toMatchObject({ id, role: 'clerk' });
    // Once: the link no longer works, on the page nor over the API.
    await api.http().get(url).expect(404);
    const again = await api
      .http()
      .post('/api/auth/password')
      .send({ token, password: 'nog een ander wachtwoord' })
      .expect(404);
    expect(again.body.code).toBe('USER.LINK_INVALID');
    const after = await as(coordinator).get('/api/users').expect(200);
    const row = (
      after.body as { id: string; lastLoginAt: string | null; hasPassword: boolean }[]
    ).find((u) => u.id === id);
    expect(row).toMatchObject({ hasPassword: true, lastLoginAt: expect.any(String) });

    const recorded = await changes();
    expect(recorded).toContainEqual({
      by: coordinator.id,
      changes: {
        [`user.${id}.invited`]: {
          from: null,
          to: { email: 'nieuw@example.nl', name: 'N. Nieuw', role: 'clerk' },
        },
      },
    });
    expect(recorded).toContainEqual({
      by: id,
      changes: { [`user.${id}.password`]: { from: null, to: 'set through the mailed link' } },
    });
    expect(JSON.stringify(recorded)).not.toContain(token);
    expect(JSON.stringify(recorded)).not.toContain('een lange zin');
  });

  it('deactivates: the login is refused and a running session ends at once; reactivates', async () => {
    const other = await api.newUser(coordinator.organisationId, 'clerk');
    await as(other).get('/api/auth/me').expect(200);
    await as(coordinator).put(`/api/users/${other.id}/active`, { active: false }).expect(204);
    await as(other).get('/api/auth/me').expect(401);
    await login(other.email, PASSWORD).expect(401);
    await as(coordinator).put(`/api/users/${other.id}/active`, { active: true }).expect(204);
    await login(other.email, PASSWORD).expect(200);
    expect(await changes()).toContainEqual({
      by: coordinator.id,
      changes: { [`user.${other.id}.active`]: { from: true, to: false } },
    });
  });

  it('changes the role, and keeps the last active coordinator', async () => {
    const colleague = await api.newUser(coordinator.organisationId, 'clerk');
    await as(coordinator)
      .put(`/api/users/${colleague.id}/role`, { role: 'coordinator' })
      .expect(204);
    // The promoted colleague's next call already has the new role.
    await as(colleague).get('/api/users').expect(200);
    await as(coordinator).put(`/api/users/${colleague.id}/role`, { role: 'clerk' }).expect(204);
    await as(colleague).get('/api/users').expect(403);

    const demote = await as(coordinator)
      .put(`/api/users/${coordinator.id}/role`, { role: 'clerk' })
      .expect(422);
    expect(demote.body.code).toBe('USER.LAST_COORDINATOR');
    const deactivate = await as(coordinator)
      .put(`/api/users/${coordinator.id}/active`, { active: false })
      .expect(422);
    expect(deactivate.body.code).toBe('USER.LAST_COORDINATOR');
    await as(coordinator).get('/api/users').expect(200);
    expect(await changes()).toContainEqual({
      by: coordinator.id,
      changes: { [`user.${colleague.id}.role`]: { from: 'clerk', to: 'coordinator' } },
    });
  });

  it('at the same time: one invitation per address, and one coordinator always left', async () => {
    // On PostgreSQL the transactions run side by side; the check before the insert is not enough.
    const invites = await Promise.all(
      Array.from({ length: 6 }, () =>
        as(coordinator).post('/api/users', {
          email: 'tegelijk@example.nl',
          name: 'T',
          role: 'clerk',
        }),
      ),
    );
    expect(invites.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400]);
    for (const refused of invites.filter((r) => r.status === 400)) {
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'email', rule: 'unique' }),
      ]);
    }

    // Two coordinators, each taking the other's role at the same moment: one of them must stay.
    const organisation = await api.newOrganisation('Gemeente Tegelijk');
    const [a, b] = [
      await api.newUser(organisation, 'coordinator'),
      await api.newUser(organisation, 'coordinator'),
    ];
    for (let round = 0; round < 5; round++) {
      const [byA, byB] = await Promise.all([
        as(a).put(`/api/users/${b.id}/role`, { role: 'clerk' }),
        as(b).put(`/api/users/${a.id}/active`, { active: false }),
      ]);
      const statuses = [byA.status, byB.status];
      // The one that ran second is either refused (the other is the last) or finds itself no
      // longer a coordinator / no longer active.
      expect(statuses.filter((s) => s === 204)).toHaveLength(1);
      expect(statuses.every((s) => [204, 401, 403, 422].includes(s))).toBe(true);
      const left = (await rawQuery(
        api.app.get(DataSource),
        `SELECT COUNT(*) AS n FROM "user_account" WHERE "organisation_id" = ? AND "role" = 'coordinator' AND "active" = ?`,
        [organisation, true],
      )) as { n: number | string }[];
      expect(Number(left[0]!.n)).toBe(1);
      // Back to two active coordinators for the next round, as a third would do it directly.
      await rawQuery(
        api.app.get(DataSource),
        `UPDATE "user_account" SET "role" = 'coordinator', "active" = ? WHERE "organisation_id" = ?`,
        [true, organisation],
      );
    }
  });

  it('sends a reset link: the old password works until the new one is set, then only the new', async () => {
    const user = await api.newUser(coordinator.organisationId, 'clerk');
    await as(coordinator).post(`/api/users/${user.id}/password-reset`).expect(204);
    const { url, text } = await mailedLink(user.email);
    expect(text).toContain('Nieuw wachtwoord voor Wobdesk');
    await login(user.email, PASSWORD).expect(200);
    const token = url.split('/').at(-1)!;
    const short = await api
      .http()
      .post('/api/auth/password')
      .send({ token, password: 'kort' })
      .expect(400);
    expect(short.body.errors).toEqual([
      expect.objectContaining({ field: 'password', rule: 'minLength' }),
    ]);
    await api
      .http()
      .post('/api/auth/password')
      .send({ token, password: 'het nieuwe wachtwoord' })
      .expect(204);
    await as(user).get('/api/auth/me').expect(401);
    await login(user.email, PASSWORD).expect(401);
    await login(user.email, 'het nieuwe wachtwoord').expect(200);
  });

  it('refuses a clerk (403) and bad input (400 naming the field), storing nothing', async () => {
    const before = await changes();
    const forbidden = await as(clerk)
      .post('/api/users', { email: 'x@example.nl', name: 'X', role: 'clerk' })
      .expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');
    await as(clerk).get('/api/users').expect(403);
    await as(clerk).put(`/api/users/${coordinator.id}/role`, { role: 'clerk' }).expect(403);

    const email = await as(coordinator)
      .post('/api/users', { email: 'geen adres', name: 'X', role: 'clerk' })
      .expect(400);
    expect(email.body.errors).toEqual([
      expect.objectContaining({ field: 'email', rule: 'isEmail' }),
    ]);
    const role = await as(coordinator)
      .post('/api/users', { email: 'x@example.nl', name: 'X', role: 'admin' })
      .expect(400);
    expect(role.body.errors).toEqual([expect.objectContaining({ field: 'role', rule: 'isIn' })]);
    const taken = await as(coordinator)
      .post('/api/users', { email: clerk.email.toUpperCase(), name: 'X', role: 'clerk' })
      .expect(400);
    expect(taken.body.errors).toEqual([
      expect.objectContaining({ field: 'email', rule: 'unique' }),
    ]);
    const active = await as(coordinator)
      .put(`/api/users/${clerk.id}/active`, { active: 'nee' })
      .expect(400);
    expect(active.body.errors).toEqual([expect.objectContaining({ field: 'active' })]);
    // Something that cannot be an id is a user that does not exist, as for requests and feeds.
    await as(coordinator).put('/api/users/niet-een-id/role', { role: 'clerk' }).expect(404);
    const unknown = await as(coordinator)
      .put('/api/users/5f0c1c52-0000-4000-8000-000000000099/role', { role: 'clerk' })
      .expect(404);
    expect(unknown.body.code).toBe('USER.NOT_FOUND');
    expect(await changes()).toEqual(before);
  });

  it('runs the same on the pages: a clerk gets the 403 page, a coordinator invites and deactivates', async () => {
    const clerkCookie = `wobdesk_session=${clerk.token}`;
    const cookie = `wobdesk_session=${coordinator.token}`;
    const refused = await api
      .http()
      .get('/instellingen/gebruikers')
      .set('cookie', clerkCookie)
      .expect(403);
    expect(refused.text).toContain('Alleen een coördinator kan gebruikers beheren.');
    const overview = await api.http().get('/instellingen').set('cookie', cookie).expect(200);
    for (const path of ['gebruikers', 'brieven', 'huisstijl', 'lakken', 'publicatie']) {
      expect(overview.text).toContain(`href="/instellingen/${path}"`);
    }

    const bad = await postPageForm(
      api,
      cookie,
      '/instellingen/gebruikers',
      '/instellingen/gebruikers',
      {
        name: 'P. Pagina',
        email: 'geen adres',
        role: 'clerk',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vul één e-mailadres in');
    const invited = await postPageForm(
      api,
      cookie,
      '/instellingen/gebruikers',
      '/instellingen/gebruikers',
      {
        name: 'P. Pagina',
        email: 'pagina@example.nl',
        role: 'clerk',
      },
    );
    expect(invited.status).toBe(303);
    const list = await as(coordinator).get('/api/users').expect(200);
    const id = (list.body as { id: string; email: string }[]).find(
      (u) => u.email === 'pagina@example.nl',
    )!.id;
    const page = await api
      .http()
      .get('/instellingen/gebruikers?gelukt=uitgenodigd')
      .set('cookie', cookie)
      .expect(200);
    expect(page.text).toContain('De uitnodiging is verstuurd.');
    expect(page.text).toContain('Uitgenodigd');

    const off = await postPageForm(
      api,
      cookie,
      '/instellingen/gebruikers',
      `/instellingen/gebruikers/${id}/actief`,
      {},
    );
    expect(off.status).toBe(303);
    const last = await postPageForm(
      api,
      cookie,
      '/instellingen/gebruikers',
      `/instellingen/gebruikers/${coordinator.id}/actief`,
      {},
    );
    expect(last.status).toBe(422);
    expect(last.text).toContain('Dit is de laatste actieve coördinator.');
    const users = await as(coordinator).get('/api/users').expect(200);
    expect((users.body as { id: string; active: boolean }[]).find((u) => u.id === id)?.active).toBe(
      false,
    );
  });
});
