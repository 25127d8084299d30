// The dependency rules (dependency-rules.js) are enforced by ESLint. These cases lint deliberately
// violating snippets at paths inside each part, so a rule that silently stops matching fails here.
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The `no-restricted-imports` messages for `code` as if it were the file at `filePath`. */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('dependency rules in lint', () => {
  it.each([
    [
      'libs/register/src/violation.ts',
      "import { DataSource } from 'typeorm';",
      'Only libs/persistence',
    ],
    [
      'libs/mail/src/violation.ts',
      "import Database from 'better-sqlite3';",
      'Only libs/persistence',
    ],
    ['libs/reminders/src/violation.ts', "import { Pool } from 'pg';", 'Only libs/persistence'],
    [
      'apps/api/src/violation.ts',
      "import { TypeOrmModule } from '@nestjs/typeorm';",
      'Only libs/persistence',
    ],
    [
      'libs/persistence/src/violation.ts',
      "import { RequestChanges } from '@wobdesk/register';",
      'libs/persistence may import only',
    ],
    [
      'libs/domain/src/violation.ts',
      "import { AppConfig } from '@wobdesk/config';",
      'libs/domain may import only',
    ],
    ['libs/domain/src/violation.ts', "import { Injectable } from '@nestjs/common';", 'no NestJS'],
    [
      'libs/config/src/violation.ts',
      "import { Outbox } from '@wobdesk/mail';",
      'libs/config may import only',
    ],
    [
      'libs/letters/src/violation.ts',
      "import { Outbox } from '@wobdesk/mail';",
      'libs/letters may import only',
    ],
    [
      'libs/mail/src/violation.ts',
      "import { LetterService } from '@wobdesk/correspondence';",
      'libs/mail may import only',
    ],
    [
      'libs/register/src/violation.ts',
      "import { ReminderSweep } from '@wobdesk/reminders';",
      'libs/register may import only',
    ],
    [
      'libs/register/src/violation.ts',
      "import { PublicStatusCache } from '@wobdesk/public-status';",
      'libs/register may import only',
    ],
    [
      'libs/register/src/violation.ts',
      "import { LetterService } from '@wobdesk/correspondence';",
      'libs/register may import only',
    ],
    [
      'libs/correspondence/src/violation.ts',
      "import { PublicStatusService } from '@wobdesk/public-status';",
      'libs/correspondence may import only',
    ],
    [
      'libs/accounts/src/violation.ts',
      "import { DemoSeeder } from '@wobdesk/demo';",
      'libs/accounts may import only',
    ],
    [
      'libs/clock/src/violation.ts',
      "import { UnitOfWork } from '@wobdesk/persistence';",
      'libs/clock may import only',
    ],
    [
      'libs/register/src/violation.ts',
      "import { ApiModule } from '../../../apps/api/src/api.module.js';",
      'never imports an app',
    ],
    [
      'apps/api/src/violation.ts',
      "import { WorkerModule } from '../../worker/src/worker.module.js';",
      'never imports another app',
    ],
    [
      'apps/worker/src/violation.ts',
      "import { ApiModule } from '../../api/src/api.module.js';",
      'never imports another app',
    ],
    [
      'libs/register/src/violation.ts',
      "import { InMemoryUnitOfWork } from '@wobdesk/testing';",
      'Only test code',
    ],
    [
      'apps/api/src/violation.ts',
      "import { InMemoryUnitOfWork } from '@wobdesk/testing';",
      'Only test code',
    ],
    [
      'libs/testing/src/violation.ts',
      "import { RequestChanges } from '@wobdesk/register';",
      'libs/testing may import only',
    ],
    [
      'libs/testing/src/violation.ts',
      "import { DataSource } from 'typeorm';",
      'Only libs/persistence',
    ],
    [
      'libs/register/src/violation.spec.ts',
      "import { DataSource } from 'typeorm';",
      'Only libs/persistence',
    ],
    [
      'libs/mail/src/violation.spec.ts',
      "import { LetterService } from '@wobdesk/correspondence';",
      'libs/mail may import only',
    ],
  ])('refuses in %s: %s', async (filePath, code, expected) => {
    const messages = await restrictedImports(
      filePath,
      `${code}\nexport const used = [${code.match(/import (?:\{ )?(\w+)/)![1]}];\n`,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each([
    ['libs/persistence/src/allowed.ts', "import { DataSource } from 'typeorm';"],
    ['libs/register/src/allowed.ts', "import { UnitOfWork } from '@wobdesk/persistence';"],
    ['libs/reminders/src/allowed.ts', "import { RequestChanges } from '@wobdesk/register';"],
    [
      'libs/public-status/src/allowed.ts',
      "import { listLettersIn } from '@wobdesk/correspondence';",
    ],
    ['libs/mail/src/allowed.ts', "import { CLOCK } from '@wobdesk/clock';"],
    ['apps/api/src/allowed.ts', "import { ReminderSweep } from '@wobdesk/reminders';"],
    ['libs/register/src/allowed.spec.ts', "import { InMemoryUnitOfWork } from '@wobdesk/testing';"],
    [
      'libs/register/src/allowed.spec-helper.ts',
      "import { InMemoryUnitOfWork } from '@wobdesk/testing';",
    ],
    ['libs/register/src/allowed.spec.ts', "import { RequestChanges } from '@wobdesk/register';"],
    ['libs/testing/src/allowed.ts', "import { UnitOfWorkPort } from '@wobdesk/persistence';"],
  ])('allows in %s: %s', async (filePath, code) => {
    const messages = await restrictedImports(
      filePath,
      `${code}\nexport const used = [${code.match(/import (?:\{ )?(\w+)/)![1]}];\n`,
    );
    expect(messages).toEqual([]);
  });
});
