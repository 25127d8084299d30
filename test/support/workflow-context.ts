import type { ModuleMetadata } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { AccountsModule, AuthService } from '@wobdesk/accounts';
import { CLOCK, TestClock } from '@wobdesk/clock';
import { ConfigModule } from '@wobdesk/config';
import { DemoModule } from '@wobdesk/demo';
import { LocalDate, type Role } from '@wobdesk/domain';
import { OrganisationRepository, prepareDatabase } from '@wobdesk/persistence';
import { PublicStatusService, PublicStatusServicesModule } from '@wobdesk/public-status';
import { type Actor, RegisterModule, RequestWorkflowService } from '@wobdesk/register';
import { DataSource } from 'typeorm';
import { createTempDatabase, type TempDatabase } from './temp-database.js';
import { insertTestOrganisation } from './test-organisation.js';

/** The workflow services on a fresh, migrated SQLite file, with a clock the test controls. */
export interface WorkflowContext {
  readonly db: TempDatabase;
  readonly module: TestingModule;
  readonly dataSource: DataSource;
  readonly workflow: RequestWorkflowService;
  readonly status: PublicStatusService;
  readonly auth: AuthService;
  readonly clock: TestClock;
  /** The instant the clock returns (`clock.instant`); tests move it to let sessions expire. */
  now: Date;
  newOrganisation(name?: string, referencePrefix?: string): Promise<string>;
  newUser(organisationId: string, role?: Role, password?: string): Promise<Actor>;
  close(): Promise<void>;
}

/** `imports`: modules besides the register's (e.g. MailModule, whose clock is the same one). */
export async function createWorkflowContext(
  today = '2026-11-25',
  env: Record<string, string> = {},
  imports: NonNullable<ModuleMetadata['imports']> = [],
): Promise<WorkflowContext> {
  const db = await createTempDatabase({ env });
  await prepareDatabase(db.config);
  const clock = new TestClock(LocalDate.parse(today), new Date('2026-11-25T10:00:00Z'));
  const ctx = {
    get now(): Date {
      return clock.now();
    },
    set now(instant: Date) {
      clock.instant = instant;
    },
  };
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(db.config),
      RegisterModule,
      PublicStatusServicesModule,
      AccountsModule,
      DemoModule,
      ...imports,
    ],
  })
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  await module.init();
  const auth = module.get(AuthService);
  const organisations = module.get(OrganisationRepository);
  let users = 0;
  return Object.assign(ctx, {
    db,
    module,
    dataSource: module.get(DataSource),
    workflow: module.get(RequestWorkflowService),
    status: module.get(PublicStatusService),
    auth,
    clock,
    newOrganisation(name?: string, referencePrefix?: string) {
      return insertTestOrganisation(organisations, name, referencePrefix);
    },
    async newUser(organisationId: string, role: Role = 'clerk', password = 'correct horse') {
      const n = ++users;
      const email = `user${n}-${organisationId.slice(0, 8)}@example.nl`;
      const name = `${role === 'clerk' ? 'Behandelaar' : 'Coördinator'} ${n}`;
      const userId = await auth.createUser({ organisationId, email, name, role, password });
      return { userId, organisationId, role, name };
    },
    async close() {
      await module.close();
      await db.remove();
    },
  });
}
