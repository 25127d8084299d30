// The link between an invited account and an identity at the organisation's provider, on a
// migrated database (SQLite, or PostgreSQL in integration-pg): the first identity to log in takes
// the account, also when two different identities for one invited address log in at once (two
// transactions side by side on PostgreSQL); the other is refused and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  dataSourceOptions,
  openDataSource,
  OrganisationRepository,
  prepareDatabase,
  UserRepository,
} from '@wobdesk/persistence';
import { aClerk, anOrganisation } from '@wobdesk/testing';
import type { DataSource } from 'typeorm';
import { rawQuery } from '../support/raw-sql.js';
import { createTempDatabase, type TempDatabase } from '../support/temp-database.js';

const ISSUER = 'https://login.voorbeeld.nl';
const AT = new Date('2026-11-25T10:00:00Z');

describe('single sign-on: linking an invited account (integration)', () => {
  let db: TempDatabase;
  let dataSource: DataSource;
  let users: UserRepository;
  let organisationId: string;

  beforeAll(async () => {
    db = await createTempDatabase();
    await prepareDatabase(db.config);
    dataSource = await openDataSource({ ...dataSourceOptions(db.config.database), logging: false });
    users = new UserRepository(dataSource);
    const organisation = anOrganisation();
    organisationId = organisation.id;
    await new OrganisationRepository(dataSource).insert(organisation);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.remove();
  });

  const changesOf = async (userId: string) =>
    (
      (await rawQuery(
        dataSource,
        `SELECT "changes" FROM "organisation_settings_changed" WHERE "changed_by" = ?`,
        [userId],
      )) as { changes: string }[]
    ).map((row) => JSON.parse(row.changes) as Record<string, unknown>);

  it('links the first of two identities logging in at once and refuses the other', async () => {
    for (let round = 0; round < 5; round++) {
      const invited = aClerk(organisationId);
      await users.insert(invited);
      const subjects = [`a-${round}`, `b-${round}`];
      const linked = await Promise.all(
        subjects.map((subject) =>
          users.applyIdentity(invited, { issuer: ISSUER, subject, role: 'clerk' }, AT),
        ),
      );
      expect(linked.filter(Boolean)).toHaveLength(1);
      const winner = subjects[linked.indexOf(true)]!;
      const loser = subjects[linked.indexOf(false)]!;
      expect((await users.findByIdentity(ISSUER, winner))?.id).toBe(invited.id);
      expect(await users.findByIdentity(ISSUER, loser)).toBeUndefined();
      expect(await changesOf(invited.id)).toEqual([
        {
          [`user.${invited.id}.identity`]: { from: null, to: { issuer: ISSUER, subject: winner } },
        },
      ]);
      // Later logins: the linked identity again is fine and writes nothing; the other stays out.
      const again = { issuer: ISSUER, subject: winner, role: 'clerk' } as const;
      expect(await users.applyIdentity(invited, again, AT)).toBe(true);
      const other = { issuer: ISSUER, subject: loser, role: 'clerk' } as const;
      expect(await users.applyIdentity(invited, other, AT)).toBe(false);
      expect(await changesOf(invited.id)).toHaveLength(1);
    }
  });

  it("takes the role the provider's claims give, recorded as the user's own change", async () => {
    const invited = aClerk(organisationId);
    await users.insert(invited);
    const identity = { issuer: ISSUER, subject: 'c-1', role: 'clerk' } as const;
    expect(await users.applyIdentity(invited, identity, AT)).toBe(true);
    const promoted = { ...identity, role: 'coordinator' } as const;
    expect(await users.applyIdentity(invited, promoted, AT)).toBe(true);
    expect((await users.findByIdentity(ISSUER, 'c-1'))?.role).toBe('coordinator');
    expect(await changesOf(invited.id)).toEqual(
      expect.arrayContaining([
        { [`user.${invited.id}.role`]: { from: 'clerk', to: 'coordinator' } },
      ]),
    );
  });
});
