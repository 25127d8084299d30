import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalDate } from '@wobdesk/domain';
import { SeedFileError } from '@wobdesk/persistence';

/** The demo data lives in `<SEEDS_DIR>/demo/`. */
export const DEMO_SEED_DIR = 'demo';

export interface DemoOrganisation {
  readonly name: string;
  readonly unit: string | null;
  readonly returnAddress: string | null;
  readonly visitingAddress: string | null;
  readonly postalAddress: string | null;
  readonly website: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly signatoryName: string | null;
  readonly signatoryPosition: string | null;
  readonly lateDecisionApology: string | null;
  readonly signatoryTitle: string | null;
  readonly onBehalfLine: string | null;
  readonly objectionAddress: string | null;
  readonly referencePrefix: string;
  readonly firstReferenceNumber: number;
  /** The organisation as DiWoo publisher (a TOOI identifier and its label), so the demo can publish. */
  readonly tooiUri?: string | null;
  readonly tooiLabel?: string | null;
}

export interface DemoUser {
  readonly email: string;
  readonly name: string;
  readonly role: 'clerk' | 'coordinator';
}

/** One step of a demo request: a command type (or `conversation` / `decision`) and its fields. */
export interface DemoStep {
  readonly do: string;
  readonly on: string;
  readonly [field: string]: unknown;
}

export interface DemoRequest {
  readonly requester: Record<string, string>;
  readonly letterDate?: string;
  readonly receivedOn: string;
  readonly channel: string;
  readonly subject: string;
  readonly assignee?: string;
  readonly items: readonly string[];
  readonly steps: readonly DemoStep[];
}

export interface DemoSeed {
  readonly organisation: DemoOrganisation;
  readonly users: readonly DemoUser[];
  readonly requests: readonly DemoRequest[];
}

/** Reads the three demo files; the shapes are checked here, the facts by the register itself. */
export async function readDemoSeed(seedsDir: string): Promise<DemoSeed> {
  const dir = join(seedsDir, DEMO_SEED_DIR);
  const organisation = await readJson(join(dir, 'organisation.json'));
  const users = await readJson(join(dir, 'users.json'));
  const requests = await readJson(join(dir, 'requests.json'));
  const problems = (file: string, list: string[]) => {
    if (list.length > 0) throw new SeedFileError(join(dir, file), list);
  };
  const org = organisation as unknown as DemoOrganisation;
  problems(
    'organisation.json',
    [
      typeof org.name !== 'string' && 'name must be a string',
      typeof org.referencePrefix !== 'string' && 'referencePrefix must be a string',
      !(Number.isInteger(org.firstReferenceNumber) && org.firstReferenceNumber >= 1) &&
        'firstReferenceNumber must be a whole number ≥ 1',
    ].filter((p): p is string => p !== false),
  );
  const userList = users.users as DemoUser[] | undefined;
  problems(
    'users.json',
    Array.isArray(userList) && userList.every((u) => typeof u?.email === 'string')
      ? []
      : ['users must be an array of { email, name, role }'],
  );
  const requestList = requests.requests as DemoRequest[] | undefined;
  problems(
    'requests.json',
    Array.isArray(requestList)
      ? requestList.flatMap((r, i) =>
          typeof r?.subject === 'string' && Array.isArray(r.items) && Array.isArray(r.steps)
            ? []
            : [`requests[${i}] needs subject, items and steps`],
        )
      : ['requests must be an array'],
  );
  return { organisation: org, users: userList!, requests: requestList! };
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  try {
    const json: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof json !== 'object' || json === null) throw new Error('not a JSON object');
    return json as Record<string, unknown>;
  } catch (error) {
    throw new SeedFileError(file, [(error as Error).message]);
  }
}

/**
 * A seed date: 'YYYY-MM-DD' as it is, or relative to today: 'today', 'today-12', 'today+6'.
 *
 * @example resolveDate('today-3', LocalDate.parse('2026-11-25')).toString() === '2026-11-22'
 */
export function resolveDate(value: unknown, today: LocalDate): LocalDate {
  const text = String(value);
  const relative = /^today(?:([+-])(\d{1,4}))?$/.exec(text);
  if (relative) {
    const days = relative[2] === undefined ? 0 : Number(relative[2]);
    return today.plusDays(relative[1] === '-' ? -days : days);
  }
  if (!LocalDate.isValid(text)) throw new RangeError(`Not a seed date: ${text}`);
  return LocalDate.parse(text);
}
