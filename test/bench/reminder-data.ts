// The data of the reminders benchmark: a migrated SQLite file with `rows` requests over 20
// organisations, of which exactly `due` have a reminder due today (by the domain's own rules),
// inserted with better-sqlite3 prepared statements (test/support/reminder-rows.ts). The rows carry
// the stored columns the sweep reads, not event histories (the sweep never reads events; the
// automatic close, which does, is left out of this data).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@wobdesk/config';
import {
  DEFAULT_REMINDER_SETTINGS,
  dueReminders,
  type HolidayCalendar,
  LocalDate,
  nthWorkingDayAfter,
  PENDING_PHASES,
  type ReminderRow,
  type RequestPhase,
} from '@wobdesk/domain';
import {
  dataSourceOptions,
  MIGRATIONS,
  OrganisationEntity,
  prepareDatabase,
  UserEntity,
} from '@wobdesk/persistence';
import { DataSource } from 'typeorm';
import {
  insertRequestRows,
  type RequestRowInput,
  type RowDates,
} from '../support/reminder-rows.js';
import { benchCalendar } from './deadlines.bench.js';
import { organisation } from './datasets.js';
import { Prng } from './prng.js';

export const ORGANISATIONS = 20;
const CLERKS_PER_ORG = 10;

/** Bump when the generated rows change shape (the migrations' count covers schema changes). */
const DATA_VERSION = 2;

/** Where a dataset is cached between rounds: one file per size, day, schema and generator. */
export function cachedPath(dir: string, rows: number, due: number, today: LocalDate): string {
  const schema = `m${MIGRATIONS.length}v${DATA_VERSION}`;
  return `${dir}/wobdesk-bench-reminders-${rows}-${due}-${today}-${schema}.sqlite`;
}

type Row = RequestRowInput & { readonly dates: RequestRowInput['dates'] };

const iso = (d: LocalDate) => d.toString();

/** The ReminderRow of a generated row (the sweep's view of it). */
function reminderRow(r: Row): ReminderRow {
  const dates: Record<string, LocalDate> = {};
  const names: Record<string, keyof ReminderRow> = {
    decision_deadline: 'decisionDeadline',
    first_term_end: 'firstTermEnd',
    clarification_deadline: 'clarificationDeadline',
    postal_receipt_by: 'postalReceiptBy',
    objection_decision_deadline: 'objectionDecisionDeadline',
    disclosure_date: 'disclosureDate',
    notice_of_default_two_weeks_end: 'noticeOfDefaultTwoWeeksEnd',
    suspended_until: 'suspendedUntil',
    suspended_since: 'suspendedSince',
    suspension_ends_on: 'suspensionEndsOn',
    extension_notified_on: 'extensionNotifiedOn',
    clarification_requested_on: 'clarificationRequestedOn',
  };
  for (const [column, value] of Object.entries(r.dates)) {
    if (value && names[column]) dates[names[column]] = LocalDate.parse(value);
  }
  return { phase: r.phase, ...dates };
}

/** A request in the background mix: mostly closed, some open, objection, decided … */
function backgroundRow(
  rng: Prng,
  today: LocalDate,
  org: string,
  assignee: string | null,
  n: number,
): Row {
  const roll = rng.next();
  const base = { organisationId: org, reference: `B-${n}`, assigneeId: assignee };
  if (roll < 0.88 || roll >= 0.98) {
    const received = today.minusDays(rng.int(60, 7 * 365));
    const phase: RequestPhase =
      roll < 0.88 ? 'closed' : rng.chance(0.5) ? 'withdrawn' : 'forwarded';
    const deadline = received.plusDays(28);
    const sent = deadline.minusDays(rng.int(0, 10));
    return {
      ...base,
      phase,
      receivedOn: iso(received),
      dates: {
        decision_deadline: iso(deadline),
        first_term_end: iso(deadline),
        ...(phase === 'closed' && {
          objection_window_ends_on: iso(sent.plusDays(42)),
          postal_receipt_by: iso(sent.plusDays(49)),
        }),
      },
    };
  }
  if (roll < 0.92) {
    // Undecided: received up to 400 days ago, Woo terms.
    const received = today.minusDays(rng.int(0, 400));
    const extended = rng.chance(0.3);
    const firstTerm = received.plusDays(28);
    const dates: RowDates & { decision_deadline: string; first_term_end: string } = {
      decision_deadline: iso(extended ? firstTerm.plusDays(14) : firstTerm),
      first_term_end: iso(firstTerm),
      clarification_deadline: iso(received.plusDays(14)),
      ...(extended && { extension_notified_on: iso(firstTerm.minusDays(3)) }),
      ...(rng.chance(0.2) && { clarification_requested_on: iso(received.plusDays(5)) }),
      ...(rng.chance(0.05) && {
        notice_of_default_two_weeks_end: iso(firstTerm.plusDays(rng.int(20, 60))),
      }),
    };
    return { ...base, phase: PENDING_PHASES[rng.int(0, 2)], receivedOn: iso(received), dates };
  }
  const sent = today.minusDays(rng.int(0, 48));
  const received = sent.minusDays(40);
  const common = {
    decision_deadline: iso(received.plusDays(28)),
    first_term_end: iso(received.plusDays(28)),
    objection_window_ends_on: iso(sent.plusDays(42)),
    postal_receipt_by: iso(sent.plusDays(49)),
    ...(rng.chance(0.1) && { disclosure_date: iso(sent.plusDays(14)) }),
  };
  if (roll < 0.95)
    return { ...base, phase: 'objection_window', receivedOn: iso(received), dates: common };
  if (roll < 0.97) {
    return {
      ...base,
      phase: 'objection_lodged',
      receivedOn: iso(received),
      dates: { ...common, objection_decision_deadline: iso(today.plusDays(rng.int(-60, 90))) },
    };
  }
  return {
    ...base,
    phase: 'decided',
    receivedOn: iso(received),
    dates: { decision_deadline: common.decision_deadline, first_term_end: common.first_term_end },
  };
}

/** A request with exactly one reminder due today, of a kind chosen by `n`. */
function dueRow(
  today: LocalDate,
  calendar: HolidayCalendar,
  org: string,
  assignee: string | null,
  n: number,
): Row {
  const base = {
    organisationId: org,
    reference: `D-${n}`,
    assigneeId: assignee,
    receivedOn: iso(today.minusDays(30)),
  };
  const working = !calendar.isNonWorkingDay(today);
  const ahead = (k: number) => iso(nthWorkingDayAfter(calendar, today, k));
  const past = iso(today.minusDays(200));
  const pending = (
    dates: RowDates & { decision_deadline: string; first_term_end: string },
  ): Row => ({
    ...base,
    phase: 'acknowledged',
    dates: { extension_notified_on: past, clarification_requested_on: past, ...dates },
  });
  switch (n % (working ? 8 : 5)) {
    case 0:
      return pending({ decision_deadline: iso(today), first_term_end: past });
    case 1:
      return pending({
        decision_deadline: iso(today.minusDays(1 + 7 * (n % 30))),
        first_term_end: past,
      });
    case 2:
      return pending({
        decision_deadline: iso(today.plusDays(60)),
        first_term_end: past,
        suspension_ends_on: iso(today.minusDays(1)),
      });
    case 3:
      return {
        ...base,
        phase: 'objection_lodged',
        dates: {
          decision_deadline: past,
          first_term_end: past,
          objection_decision_deadline: iso(today.minusDays(1 + 7 * (n % 10))),
        },
      };
    case 4:
      return pending({
        decision_deadline: iso(today.plusDays(60)),
        first_term_end: past,
        notice_of_default_two_weeks_end: iso(today),
      });
    case 5:
      return pending({ decision_deadline: ahead(5), first_term_end: past });
    case 6:
      return pending({
        decision_deadline: iso(today.plusDays(60)),
        first_term_end: ahead(1),
        extension_notified_on: undefined,
      });
    default:
      return {
        ...base,
        phase: 'objection_window',
        dates: {
          decision_deadline: past,
          first_term_end: past,
          postal_receipt_by: iso(today.plusDays(20)),
          disclosure_date: ahead(1),
        },
      };
  }
}

export interface ReminderDataset {
  readonly path: string;
  readonly rows: number;
  readonly due: number;
  /** Reminders due today by the domain's rules (one per due request). */
  readonly dueReminders: number;
  readonly buildSeconds: number;
  readonly cached: boolean;
}

/**
 * Builds (or reuses) the dataset at `path`: background rows that are never due today (a row the
 * rules find due is moved a day, until it is not) and `due` rows each with one reminder due.
 */
export async function buildReminderDataset(
  path: string,
  rows: number,
  due: number,
  today: LocalDate,
  seedsDir: string,
  progress: (text: string) => void,
): Promise<ReminderDataset> {
  const calendar = benchCalendar();
  const window = { after: today.minusDays(1), through: today };
  const count = (r: Row) =>
    dueReminders(reminderRow(r), window, DEFAULT_REMINDER_SETTINGS, calendar).length;
  if (existsSync(path)) {
    return { path, rows, due, dueReminders: due, buildSeconds: 0, cached: true };
  }
  const started = performance.now();
  const building = `${path}.building`;
  await rm(building, { force: true });
  const config = loadConfig({ DATABASE_PATH: building, SEEDS_DIR: seedsDir });
  await prepareDatabase(config);
  const ds = await new DataSource(dataSourceOptions(config.database)).initialize();
  let dueCount = 0;
  try {
    await ds.query('PRAGMA synchronous = OFF');
    await ds.query('PRAGMA cache_size = -262144');
    const now = new Date();
    const orgs = Array.from({ length: ORGANISATIONS }, (_, k) => ({
      id: randomUUID(),
      clerks: Array.from({ length: CLERKS_PER_ORG }, () => randomUUID()),
      k,
    }));
    for (const org of orgs) {
      await ds
        .getRepository(OrganisationEntity)
        .insert(organisation(org.id, `Gemeente ${org.k}`, `G${org.k}-`, now));
      await ds.getRepository(UserEntity).insert([
        ...org.clerks.map((id, c) => ({
          id,
          organisationId: org.id,
          email: `clerk-${org.k}-${c}@example.org`,
          name: `Behandelaar ${org.k}.${c}`,
          role: 'clerk' as const,
          passwordHash: 'x',
          createdAt: now,
        })),
        {
          id: randomUUID(),
          organisationId: org.id,
          email: `coordinator-${org.k}@example.org`,
          name: `Coördinator ${org.k}`,
          role: 'coordinator' as const,
          passwordHash: 'x',
          createdAt: now,
        },
      ]);
    }
    const rng = new Prng(20_261_125);
    const dueEvery = Math.floor(rows / due);
    function* generate(): Generator<Row> {
      for (let n = 0; n < rows; n++) {
        const org = orgs[n % ORGANISATIONS];
        const assignee = rng.chance(0.9) ? org.clerks[rng.int(0, CLERKS_PER_ORG - 1)] : null;
        if (n % dueEvery === 0 && dueCount < due) {
          const row = dueRow(today, calendar, org.id, assignee, dueCount);
          const c = count(row);
          if (c !== 1) throw new Error(`due row ${dueCount} has ${c} reminders due`);
          dueCount++;
          yield row;
          continue;
        }
        let row = backgroundRow(rng, today, org.id, assignee, n);
        // Shift a background row that happens to be due until it is not (moves every date).
        for (let shift = 1; count(row) > 0; shift++) {
          const dates = Object.fromEntries(
            Object.entries(row.dates).map(([k, v]) => [
              k,
              v ? iso(LocalDate.parse(v).plusDays(1)) : v,
            ]),
          ) as Row['dates'];
          row = { ...row, dates };
          if (shift > 30) throw new Error('could not make a background row not due');
        }
        yield row;
        if ((n + 1) % 200_000 === 0)
          progress(
            `   … ${n + 1} requests (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
          );
      }
    }
    // Indexes are built after the load (sorted, in one pass each): maintaining the request
    // table's 18 indexes row by row took about three times as long.
    const indexes = (await ds.query(
      `SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = 'request' AND "sql" IS NOT NULL`,
    )) as { name: string; sql: string }[];
    for (const index of indexes) await ds.query(`DROP INDEX "${index.name}"`);
    insertRequestRows(ds, generate());
    for (const index of indexes) await ds.query(index.sql);
    await ds.query('ANALYZE');
    await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await ds.destroy();
  }
  if (dueCount !== due) throw new Error(`built ${dueCount} due rows, not ${due}`);
  await rm(`${building}-wal`, { force: true });
  await rm(`${building}-shm`, { force: true });
  await rename(building, path);
  return {
    path,
    rows,
    due,
    dueReminders: dueCount,
    buildSeconds: (performance.now() - started) / 1000,
    cached: false,
  };
}
