// The same assertions against the in-memory fakes (libs/testing) and the TypeORM repositories on
// a migrated database (SQLite, or PostgreSQL in the integration-pg project), for every port method the fakes implement: a unit test on the fakes
// means something only while the fakes behave as the database does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  dataSourceOptions,
  type LetterRecord,
  openDataSource,
  OrganisationRepository,
  prepareDatabase,
  type RequestListFilter,
  type RequestRecord,
  UnitOfWork,
  type UnitOfWorkPort,
  type UserRecord,
  UserRepository,
} from '@wobdesk/persistence';
import {
  aClerk,
  aCoordinator,
  anOrganisation,
  aRequest,
  InMemoryUnitOfWork,
  type StoredRequest,
  storeRequest,
} from '@wobdesk/testing';
import { createTempDatabase } from '../support/temp-database.js';

/** One implementation of the ports, with the two writes the ports leave to other code. */
interface Backend {
  readonly storage: UnitOfWorkPort;
  /**
   * Whether a read runs beside a transaction (PostgreSQL's pool) instead of queueing behind it
   * (the fakes, and SQLite's one connection). Either way it sees committed data only.
   */
  readonly readsBesideTransactions: boolean;
  addOrganisation(organisation: ReturnType<typeof anOrganisation>): Promise<void>;
  addUser(user: UserRecord): Promise<void>;
  close(): Promise<void>;
}

async function inMemory(): Promise<Backend> {
  const storage = new InMemoryUnitOfWork();
  return {
    storage,
    readsBesideTransactions: false,
    addOrganisation: async (o) => storage.addOrganisation(o),
    addUser: async (u) => storage.addUser(u),
    close: async () => undefined,
  };
}

async function onDatabase(): Promise<Backend> {
  const db = await createTempDatabase();
  await prepareDatabase(db.config);
  // Without the query log: the refused writes below are expected, and asserted.
  const dataSource = await openDataSource({
    ...dataSourceOptions(db.config.database),
    logging: false,
  });
  const organisations = new OrganisationRepository(dataSource);
  const users = new UserRepository(dataSource);
  return {
    storage: new UnitOfWork(dataSource),
    readsBesideTransactions: db.config.database.type === 'postgres',
    addOrganisation: (o) => organisations.insert(o),
    addUser: (u) => users.insert(u),
    async close() {
      await dataSource.destroy();
      await db.remove();
    },
  };
}

const NOW = new Date('2026-11-25T10:00:00.123Z');

function aLetter(request: RequestRecord, overrides: Partial<LetterRecord> = {}): LetterRecord {
  return {
    id: crypto.randomUUID(),
    requestId: request.id,
    organisationId: request.organisationId,
    eventSequence: 1,
    kind: 'acknowledgement',
    subject: 'Ontvangstbevestiging',
    templateVersion: 'acknowledgement@1',
    templateSetHash: 'a'.repeat(64),
    contentHash: 'b'.repeat(64),
    html: '<p>Geachte heer De Vries,</p>',
    pdfBase64: 'JVBERi0xLjQK',
    pdfHash: 'c'.repeat(64),
    law: 'woo',
    warnings: '[]',
    letterDate: '2026-11-03',
    input: null,
    sentOn: null,
    sentAt: null,
    sentBy: null,
    createdAt: new Date('2026-11-03T09:00:00.000Z'),
    createdBy: null,
    ...overrides,
  };
}

describe.each([
  ['the in-memory fakes', inMemory],
  ['TypeORM on the test database', onDatabase],
])('persistence ports on %s', (_name, open) => {
  let backend: Backend;
  let storage: UnitOfWorkPort;

  beforeAll(async () => {
    backend = await open();
    storage = backend.storage;
  });

  afterAll(async () => {
    await backend.close();
  });

  /** A fresh organisation (so each case has its own references and lists) with a clerk. */
  async function organisationWithClerk(name = 'Gemeente Utrecht') {
    const organisation = anOrganisation({ name });
    await backend.addOrganisation(organisation);
    const clerk = aClerk(organisation.id);
    await backend.addUser(clerk);
    return { organisation, clerk };
  }

  async function stored(organisationId: string, request?: StoredRequest) {
    const r = request ?? aRequest(organisationId);
    await storeRequest(storage, r);
    return r.record;
  }

  describe('unit of work', () => {
    it('should commit a transaction whose work resolves and roll back one that throws', async () => {
      const { organisation } = await organisationWithClerk();
      const kept = aRequest(organisation.id);
      const lost = aRequest(organisation.id);
      await storeRequest(storage, kept);
      await expect(
        storage.transaction(async (tx) => {
          await tx.requests.reserveReference(organisation.id);
          await tx.requests.insert(lost.record, lost.items);
          await tx.requests.updateColumns(kept.record.id, { subject: 'Gewijzigd' });
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      await storage.read(async (tx) => {
        expect(await tx.requests.find(organisation.id, lost.record.id)).toBeNull();
        expect(await tx.requests.items(lost.record.id)).toEqual([]);
        expect((await tx.requests.find(organisation.id, kept.record.id))?.subject).toBe(
          kept.record.subject,
        );
      });
      const reference = await storage.transaction((tx) =>
        tx.requests.reserveReference(organisation.id),
      );
      expect(reference).toBe('WOO-000001');
    });

    it('should let a read asked for during a transaction see committed data only', async () => {
      const { organisation } = await organisationWithClerk();
      const request = aRequest(organisation.id);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertDone = new Promise<void>((resolve) => (inserted = resolve));
      const writing = storage.transaction(async (tx) => {
        await tx.requests.insert(request.record, request.items);
        inserted();
        await held;
      });
      await insertDone;
      const reading = storage.read((tx) => tx.requests.find(organisation.id, request.record.id));
      if (backend.readsBesideTransactions) {
        // PostgreSQL: the read runs now, beside the open transaction, and misses its insert.
        expect(await reading).toBeNull();
        release();
        await writing;
      } else {
        // One connection: the read waits for the transaction and then sees what it committed.
        release();
        await writing;
        expect((await reading)?.id).toBe(request.record.id);
      }
      const after = await storage.read((tx) =>
        tx.requests.find(organisation.id, request.record.id),
      );
      expect(after?.id).toBe(request.record.id);
    });
  });

  describe('requests', () => {
    it('should reserve consecutive references per organisation, and none for an unknown one', async () => {
      const a = await organisationWithClerk();
      const b = await organisationWithClerk('Gemeente Zeist');
      const references = await storage.transaction(async (tx) => [
        await tx.requests.reserveReference(a.organisation.id),
        await tx.requests.reserveReference(a.organisation.id),
        await tx.requests.reserveReference(b.organisation.id),
        await tx.requests.reserveReference(crypto.randomUUID()),
      ]);
      expect(references).toEqual(['WOO-000001', 'WOO-000002', 'WOO-000001', undefined]);
    });

    it('should give back a stored request as inserted, only to its own organisation', async () => {
      const { organisation } = await organisationWithClerk();
      const other = await organisationWithClerk('Gemeente Zeist');
      const record = await stored(organisation.id);
      await storage.read(async (tx) => {
        expect(await tx.requests.find(organisation.id, record.id)).toEqual(record);
        expect(await tx.requests.find(other.organisation.id, record.id)).toBeNull();
        expect(await tx.requests.findByStatusTokenHash(record.statusTokenHash!)).toEqual(record);
        expect(await tx.requests.findByStatusTokenHash('0'.repeat(64))).toBeNull();
        expect(await tx.requests.findByReference(organisation.id, record.reference)).toEqual(
          record,
        );
        expect(
          await tx.requests.findByReference(other.organisation.id, record.reference),
        ).toBeNull();
        expect(await tx.requests.existsWithSubject(organisation.id, record.subject)).toBe(true);
        expect(await tx.requests.existsWithSubject(other.organisation.id, record.subject)).toBe(
          false,
        );
      });
    });

    it('should refuse a second request with the same reference in an organisation', async () => {
      const { organisation } = await organisationWithClerk();
      const first = await stored(organisation.id);
      const second = aRequest(organisation.id, { columns: { reference: first.reference } });
      await expect(storeRequest(storage, second)).rejects.toThrow(/unique/i);
    });

    it('should number the items in order and record an outcome', async () => {
      const { organisation } = await organisationWithClerk();
      const record = await stored(organisation.id);
      await storage.transaction((tx) =>
        tx.requests.recordItemOutcome(record.id, 2, {
          outcome: 'refused',
          grounds: '["5.1.2.e"]',
          remarks: 'Persoonlijke levenssfeer',
          weighing: 'Het belang van de privacy weegt zwaarder.',
          whereAvailable: null,
          answeredWith: 1,
        }),
      );
      const items = await storage.read((tx) => tx.requests.items(record.id));
      expect(items).toEqual([
        expect.objectContaining({ number: 1, text: 'Verkeersbesluiten', outcome: null }),
        {
          requestId: record.id,
          number: 2,
          text: 'Adviezen',
          outcome: 'refused',
          grounds: '["5.1.2.e"]',
          remarks: 'Persoonlijke levenssfeer',
          weighing: 'Het belang van de privacy weegt zwaarder.',
          whereAvailable: null,
          answeredWith: 1,
        },
        expect.objectContaining({ number: 3, text: 'Mails met de aannemer', grounds: null }),
      ]);
    });

    it('should claim a request for a change by its version, or say why not', async () => {
      const { organisation } = await organisationWithClerk();
      const other = await organisationWithClerk('Gemeente Zeist');
      const record = await stored(organisation.id);
      const claims = await storage.transaction(async (tx) => [
        await tx.requests.claimForChange(organisation.id, record.id, 1, NOW),
        await tx.requests.claimForChange(organisation.id, record.id, 1, NOW),
        await tx.requests.claimForChange(organisation.id, record.id, undefined, NOW),
        await tx.requests.claimForChange(other.organisation.id, record.id, 3, NOW),
        await tx.requests.claimForChange(other.organisation.id, record.id, undefined, NOW),
        await tx.requests.claimForChange(organisation.id, crypto.randomUUID(), 1, NOW),
      ]);
      expect(claims).toEqual([
        'claimed',
        'stale_version',
        'claimed',
        'not_found',
        'not_found',
        'not_found',
      ]);
      const after = await storage.read((tx) => tx.requests.find(organisation.id, record.id));
      expect(after).toMatchObject({ version: 3, updatedAt: NOW });
    });

    it('should append events with contiguous sequences, the actor and the instant', async () => {
      const { organisation, clerk } = await organisationWithClerk();
      const record = await stored(organisation.id);
      await storage.transaction((tx) =>
        tx.requests.appendEvents(
          record.id,
          1,
          [
            { type: 'assigned', occurredOn: '2026-11-03', payload: { assigneeId: clerk.id } },
            { type: 'status_token_revoked', occurredOn: '2026-11-04', payload: {} },
          ],
          clerk.id,
          NOW,
        ),
      );
      const events = await storage.read((tx) => tx.requests.events(record.id));
      expect(events.map((e) => [e.sequence, e.type, e.actorId, e.actorName])).toEqual([
        [1, 'request_received', null, null],
        [2, 'assigned', clerk.id, clerk.name],
        [3, 'status_token_revoked', clerk.id, clerk.name],
      ]);
      expect(events[1]).toEqual({
        sequence: 2,
        type: 'assigned',
        occurredOn: '2026-11-03',
        recordedAt: NOW,
        actorId: clerk.id,
        actorName: clerk.name,
        payload: { assigneeId: clerk.id },
      });
    });

    it('should refuse events appended after a stale sequence, appending none of them', async () => {
      const { organisation } = await organisationWithClerk();
      const record = await stored(organisation.id);
      const late = [
        { type: 'status_token_revoked', occurredOn: '2026-11-04', payload: {} },
        { type: 'status_token_reissued', occurredOn: '2026-11-04', payload: {} },
      ];
      await expect(
        storage.transaction((tx) => tx.requests.appendEvents(record.id, 0, late, null, NOW)),
      ).rejects.toThrow(/unique/i);
      const events = await storage.read((tx) => tx.requests.events(record.id));
      expect(events.map((e) => e.sequence)).toEqual([1]);
    });

    it('should rewrite the given columns only', async () => {
      const { organisation, clerk } = await organisationWithClerk();
      const record = await stored(organisation.id);
      await storage.transaction((tx) =>
        tx.requests.updateColumns(record.id, {
          phase: 'acknowledged',
          assigneeId: clerk.id,
          suspendedUntil: '2026-11-20',
          statusTokenRevokedAt: NOW,
        }),
      );
      const after = await storage.read((tx) => tx.requests.find(organisation.id, record.id));
      expect(after).toEqual({
        ...record,
        phase: 'acknowledged',
        assigneeId: clerk.id,
        suspendedUntil: '2026-11-20',
        statusTokenRevokedAt: NOW,
      });
    });

    it('should give the conversations by date, then id', async () => {
      const { organisation } = await organisationWithClerk();
      const record = await stored(organisation.id);
      const conversation = (id: string, occurredOn: string) => ({
        id,
        requestId: record.id,
        occurredOn,
        channel: 'phone' as const,
        participants: '["J. de Vries"]',
        summaryPoints: '["Afbakening"]',
        summarySentOn: null,
      });
      const ids = ['b', 'a', 'c'].map((c) => `${c}${crypto.randomUUID().slice(1)}`);
      await storage.transaction(async (tx) => {
        await tx.requests.addConversation(conversation(ids[0], '2026-11-05'));
        await tx.requests.addConversation(conversation(ids[1], '2026-11-05'));
        await tx.requests.addConversation(conversation(ids[2], '2026-11-04'));
      });
      const found = await storage.read((tx) => tx.requests.conversations(record.id));
      expect(found.map((c) => c.id)).toEqual([ids[2], ids[1], ids[0]]);
      expect(found[0]).toEqual(conversation(ids[2], '2026-11-04'));
    });
  });

  describe('requests list', () => {
    let organisationId: string;
    let clerkId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const { organisation, clerk } = await organisationWithClerk();
      organisationId = organisation.id;
      clerkId = clerk.id;
      // today is 2026-11-25 in the filters below.
      const rows: Record<string, Partial<RequestRecord>> = {
        due: { decisionDeadline: '2026-11-30', receivedOn: '2026-11-02', reference: 'L-3' },
        overdue: { decisionDeadline: '2026-11-20', receivedOn: '2026-10-20', reference: 'L-1' },
        suspended: {
          decisionDeadline: '2026-11-21',
          receivedOn: '2026-10-21',
          suspendedSince: '2026-11-10',
          reference: 'L-2',
        },
        waiting: {
          decisionDeadline: '2026-12-20',
          receivedOn: '2026-11-10',
          suspendedUntil: '2026-11-28',
          assigneeId: clerkId,
          reference: 'L-5',
        },
        decided: {
          phase: 'decided',
          decisionDeadline: '2026-11-10',
          receivedOn: '2026-10-01',
          regime: 'wob',
          reference: 'L-4',
          subject: 'Subsidie Muziekcentrum',
          searchText: 'subsidie muziekcentrum j. de vries',
        },
      };
      for (const [name, columns] of Object.entries(rows)) {
        ids[name] = (await stored(organisationId, aRequest(organisationId, { columns }))).id;
      }
      await stored((await organisationWithClerk('Gemeente Zeist')).organisation.id);
    });

    const listed = async (filter: Partial<RequestListFilter>) => {
      const { rows, total } = await storage.read((tx) =>
        tx.requests.list({
          organisationId,
          today: '2026-11-25',
          sort: 'reference',
          order: 'asc',
          offset: 0,
          limit: 50,
          ...filter,
        }),
      );
      const name = (id: string) => Object.keys(ids).find((k) => ids[k] === id);
      return { names: rows.map((r) => name(r.id)), total };
    };

    it.each<[string, Partial<RequestListFilter>, string[]]>([
      ['everything by reference', {}, ['overdue', 'suspended', 'due', 'decided', 'waiting']],
      ['by phase', { phases: ['decided'] }, ['decided']],
      ['by assignee', { assigneeId: 'unset' }, ['waiting']],
      ['by regime', { regime: 'wob' }, ['decided']],
      [
        'received in a range',
        { receivedFrom: '2026-10-20', receivedTo: '2026-11-02' },
        ['overdue', 'suspended', 'due'],
      ],
      ['due by a date', { dueBy: '2026-12-01' }, ['due']],
      ['overdue', { overdue: true }, ['overdue']],
      ['not overdue', { overdue: false }, ['suspended', 'due', 'decided', 'waiting']],
      ['waiting', { waiting: true }, ['waiting']],
      ['by text, any case', { text: ' MUZIEK ' }, ['decided']],
      ['by text with a wildcard character', { text: '%' }, []],
      [
        'by deadline, newest first',
        { sort: 'decisionDeadline', order: 'desc' },
        ['waiting', 'due', 'suspended', 'overdue', 'decided'],
      ],
    ])('should list %s', async (_what, filter, expected) => {
      const resolved = filter.assigneeId === 'unset' ? { ...filter, assigneeId: clerkId } : filter;
      const { names, total } = await listed(resolved);
      expect(names).toEqual(expected);
      expect(total).toBe(expected.length);
    });

    it('should give one page with the total of all matching rows', async () => {
      expect(await listed({ offset: 1, limit: 2 })).toEqual({
        names: ['suspended', 'due'],
        total: 5,
      });
    });
  });

  describe('letters', () => {
    it('should store letters and give them back by scope, kind and creation', async () => {
      const { organisation, clerk } = await organisationWithClerk();
      const other = await organisationWithClerk('Gemeente Zeist');
      const request = await stored(organisation.id);
      const first = aLetter(request, { createdAt: new Date('2026-11-03T09:00:00.000Z') });
      const second = aLetter(request, {
        kind: 'decision',
        createdAt: new Date('2026-11-20T09:00:00.000Z'),
        letterDate: '2026-11-20',
      });
      const third = aLetter(request, {
        kind: 'decision',
        createdAt: new Date('2026-11-21T09:00:00.000Z'),
        letterDate: '2026-11-21',
      });
      await storage.transaction(async (tx) => {
        for (const letter of [third, first, second]) await tx.letters.insert(letter);
      });
      const sentAt = new Date('2026-11-22T08:00:00.000Z');
      const stamps = await storage.transaction(async (tx) => [
        await tx.letters.stampSent(third.id, '2026-11-22', sentAt, clerk.id),
        await tx.letters.stampSent(third.id, '2026-11-23', sentAt, clerk.id),
      ]);
      expect(stamps).toEqual([true, false]);
      await storage.read(async (tx) => {
        expect(await tx.letters.find({ id: first.id })).toEqual(first);
        expect(await tx.letters.find({ id: first.id, organisationId: other.organisation.id })).toBe(
          null,
        );
        expect(await tx.letters.find({ id: first.id, requestId: crypto.randomUUID() })).toBe(null);
        const summaries = await tx.letters.summaries(organisation.id, request.id);
        expect(summaries.map((s) => s.id)).toEqual([first.id, second.id, third.id]);
        const summary: Partial<LetterRecord> = { ...first };
        delete summary.html;
        delete summary.pdfBase64;
        expect(summaries[0]).toEqual(summary);
        expect((summaries[0] as Record<string, unknown>).html).toBeUndefined();
        expect(
          await tx.letters.sendingState({
            id: third.id,
            organisationId: organisation.id,
            requestId: request.id,
          }),
        ).toEqual({
          id: third.id,
          kind: 'decision',
          letterDate: '2026-11-21',
          sentOn: '2026-11-22',
          warnings: third.warnings,
        });
        expect(
          await tx.letters.sendingState({
            id: third.id,
            organisationId: other.organisation.id,
            requestId: request.id,
          }),
        ).toBeNull();
        const decisions = await tx.letters.sendingStatesOfKind(
          organisation.id,
          request.id,
          'decision',
        );
        expect(decisions.map((d) => d.id)).toEqual([third.id, second.id]);
        expect((await tx.letters.find({ id: third.id }))?.sentAt?.toISOString()).toBe(
          sentAt.toISOString(),
        );
        const pdfs = await tx.letters.pdfs(organisation.id, [first.id, crypto.randomUUID()]);
        expect(pdfs).toEqual([
          {
            id: first.id,
            kind: 'acknowledgement',
            pdfBase64: 'JVBERi0xLjQK',
            sentOn: first.sentOn,
            letterDate: first.letterDate,
          },
        ]);
        expect(await tx.letters.pdfs(other.organisation.id, [first.id])).toEqual([]);
      });
    });
  });

  describe('organisations and users', () => {
    it('should find organisations and their users, coordinators and colleagues by name included', async () => {
      const { organisation, clerk } = await organisationWithClerk();
      const other = await organisationWithClerk('Gemeente Zeist');
      const coordinator = aCoordinator(organisation.id);
      await backend.addUser(coordinator);
      const colleague = aClerk(organisation.id, { name: 'de Vries' });
      await backend.addUser(colleague);
      await storage.read(async (tx) => {
        expect(await tx.organisations.find(organisation.id)).toEqual(organisation);
        expect(await tx.organisations.find(crypto.randomUUID())).toBeNull();
        const names = await tx.organisations.names([
          organisation.id,
          other.organisation.id,
          crypto.randomUUID(),
        ]);
        expect([...names.entries()].sort()).toEqual(
          [
            [organisation.id, 'Gemeente Utrecht'],
            [other.organisation.id, 'Gemeente Zeist'],
          ].sort(),
        );
        expect(await tx.users.find(clerk.id)).toEqual(clerk);
        expect(await tx.users.findInOrganisation(organisation.id, clerk.id)).toEqual(clerk);
        expect(await tx.users.findInOrganisation(other.organisation.id, clerk.id)).toBeNull();
        expect(await tx.users.coordinators(organisation.id)).toEqual([
          { email: coordinator.email, name: coordinator.name },
        ]);
        expect(await tx.users.colleagues(organisation.id)).toEqual([
          { id: clerk.id, name: clerk.name },
          { id: coordinator.id, name: coordinator.name },
          { id: colleague.id, name: 'de Vries' },
        ]);
        const withCoordinator = await tx.users.organisationsWithCoordinator();
        expect(withCoordinator).toContain(organisation.id);
        expect(withCoordinator).not.toContain(other.organisation.id);
      });
    });
  });

  describe('outbox', () => {
    it('should queue a message once per dedupe key', async () => {
      const { organisation } = await organisationWithClerk();
      const message = (key: string) => ({
        id: crypto.randomUUID(),
        dedupeKey: key,
        organisationId: organisation.id,
        requestId: null,
        kind: 'notice.state_changed',
        recipientEmail: 'j.devries@example.nl',
        recipientName: 'J. de Vries',
        template: 'notice-state-changed',
        context: '{}',
        attachLetterIds: '[]',
        createdAt: NOW,
      });
      const key = `notice:${crypto.randomUUID()}:1:j.devries@example.nl`;
      const queued = await storage.transaction(async (tx) => [
        await tx.outbox.queueOnce(message(key)),
        await tx.outbox.queueOnce(message(key)),
        await tx.outbox.queueOnce(message(`${key}:other`)),
      ]);
      expect(queued).toEqual([true, false, true]);
      const existing = await storage.read((tx) =>
        tx.outbox.existingKeys([key, `${key}:other`, `${key}:never`]),
      );
      expect([...existing].sort()).toEqual([key, `${key}:other`].sort());
      expect(await storage.read((tx) => tx.outbox.existingKeys([]))).toEqual(new Set());
    });
  });
});
