// The scheduler block of the configuration (reminders, the coordinators' digest, the
// mail sender's interval): its own file and DTO, like the mail block.
import { plainToInstance } from 'class-transformer';
import { IsIn, IsOptional, Matches, validateSync } from 'class-validator';

/** When the scheduled jobs run and what the reminders remind (libs/reminders). */
export interface SchedulerConfig {
  /** Run the jobs inside the API process too (`SCHEDULER_EMBEDDED`); false with a separate worker. */
  readonly embedded: boolean;
  /** Seconds between two reminder sweeps (`REMINDER_SWEEP_SECONDS`). */
  readonly sweepSeconds: number;
  /** Seconds between two runs of the mail sender (`MAIL_SEND_SECONDS`). */
  readonly mailSendSeconds: number;
  /** Working days before a date on which to remind (`REMINDER_DAYS_BEFORE`, e.g. 5,1). */
  readonly reminderDaysBefore: readonly number[];
  /** Days between two reminders of an overdue date (`REMINDER_OVERDUE_REPEAT_DAYS`). */
  readonly overdueRepeatDays: number;
  /** How long a sweeper owns the scheduler lease without renewing it (`SCHEDULER_LEASE_SECONDS`). */
  readonly leaseSeconds: number;
  /** Days a sent message stays in the outbox before the sweep deletes it (`OUTBOX_RETENTION_DAYS`). */
  readonly outboxRetentionDays: number;
  /** Days a record of the audit of reads is kept before it is deleted (`READ_AUDIT_RETENTION_DAYS`). */
  readonly readAuditRetentionDays: number;
}

export const SCHEDULER_DEFAULTS = {
  SCHEDULER_EMBEDDED: true,
  REMINDER_SWEEP_SECONDS: 60,
  MAIL_SEND_SECONDS: 5,
  REMINDER_DAYS_BEFORE: [5, 1],
  REMINDER_OVERDUE_REPEAT_DAYS: 7,
  SCHEDULER_LEASE_SECONDS: 120,
  OUTBOX_RETENTION_DAYS: 90,
  READ_AUDIT_RETENTION_DAYS: 730,
} as const;

export const SCHEDULER_ENV_KEYS = [
  'SCHEDULER_EMBEDDED',
  'REMINDER_SWEEP_SECONDS',
  'MAIL_SEND_SECONDS',
  'REMINDER_DAYS_BEFORE',
  'REMINDER_OVERDUE_REPEAT_DAYS',
  'SCHEDULER_LEASE_SECONDS',
  'OUTBOX_RETENTION_DAYS',
  'READ_AUDIT_RETENTION_DAYS',
] as const;

/** The scheduler variables as strings, before conversion; all optional. */
export class SchedulerEnvDto {
  /** `true` or `false`; default true (the API runs the jobs; set false when a worker runs them). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: '$property must be true or false' })
  SCHEDULER_EMBEDDED?: string;

  /** Seconds between sweeps (1-86400); default 60. */
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: '$property must be a whole number of seconds (1-86400)' })
  REMINDER_SWEEP_SECONDS?: string;

  /** Seconds between sender runs (1-3600); default 5. */
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: '$property must be a whole number of seconds (1-3600)' })
  MAIL_SEND_SECONDS?: string;

  /** Comma-separated working days (1-60), e.g. `5,1`; `none` for no advance reminders. */
  @IsOptional()
  @Matches(/^(none|\d{1,2}(\s*,\s*\d{1,2}){0,9})$/, {
    message: '$property must be a comma-separated list of working days (e.g. 5,1) or none',
  })
  REMINDER_DAYS_BEFORE?: string;

  /** Days between overdue reminders (1-365); default 7. */
  @IsOptional()
  @Matches(/^\d{1,3}$/, { message: '$property must be a whole number of days (1-365)' })
  REMINDER_OVERDUE_REPEAT_DAYS?: string;

  /** Scheduler lease in seconds (5-3600); default 120. */
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: '$property must be a whole number of seconds (5-3600)' })
  SCHEDULER_LEASE_SECONDS?: string;

  /** Days a sent message is kept (2-3650); default 90. */
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: '$property must be a whole number of days (2-3650)' })
  OUTBOX_RETENTION_DAYS?: string;

  /** Days a record of the audit of reads is kept (30-3650); default 730. */
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: '$property must be a whole number of days (30-3650)' })
  READ_AUDIT_RETENTION_DAYS?: string;
}

/** Reads the scheduler variables; adds a line per invalid variable to `problems`. */
export function readSchedulerConfig(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): SchedulerConfig {
  const raw: Record<string, string> = {};
  for (const key of SCHEDULER_ENV_KEYS) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const dto = plainToInstance(SchedulerEnvDto, raw);
  const invalid = new Set<string>();
  for (const error of validateSync(dto, { forbidUnknownValues: true })) {
    invalid.add(error.property);
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push(`${message} (got "${String(error.value)}")`);
    }
  }
  const number = (
    key: (typeof SCHEDULER_ENV_KEYS)[number],
    fallback: number,
    min: number,
    max: number,
  ) => {
    if (raw[key] === undefined || invalid.has(key)) return fallback;
    const value = Number(raw[key]);
    if (value < min || value > max) {
      problems.push(`${key} must be from ${min} to ${max} (got "${raw[key]}")`);
    }
    return value;
  };
  const days =
    raw.REMINDER_DAYS_BEFORE === undefined || invalid.has('REMINDER_DAYS_BEFORE')
      ? [...SCHEDULER_DEFAULTS.REMINDER_DAYS_BEFORE]
      : raw.REMINDER_DAYS_BEFORE === 'none'
        ? []
        : raw.REMINDER_DAYS_BEFORE.split(',').map((d) => Number(d.trim()));
  if (days.some((d) => d < 1 || d > 60)) {
    problems.push(
      `REMINDER_DAYS_BEFORE must list working days from 1 to 60 (got "${raw.REMINDER_DAYS_BEFORE}")`,
    );
  }
  return {
    embedded: (raw.SCHEDULER_EMBEDDED ?? 'true') !== 'false',
    sweepSeconds: number(
      'REMINDER_SWEEP_SECONDS',
      SCHEDULER_DEFAULTS.REMINDER_SWEEP_SECONDS,
      1,
      86_400,
    ),
    mailSendSeconds: number('MAIL_SEND_SECONDS', SCHEDULER_DEFAULTS.MAIL_SEND_SECONDS, 1, 3600),
    reminderDaysBefore: [...new Set(days)].sort((a, b) => b - a),
    overdueRepeatDays: number(
      'REMINDER_OVERDUE_REPEAT_DAYS',
      SCHEDULER_DEFAULTS.REMINDER_OVERDUE_REPEAT_DAYS,
      1,
      365,
    ),
    leaseSeconds: number(
      'SCHEDULER_LEASE_SECONDS',
      SCHEDULER_DEFAULTS.SCHEDULER_LEASE_SECONDS,
      5,
      3600,
    ),
    outboxRetentionDays: number(
      'OUTBOX_RETENTION_DAYS',
      SCHEDULER_DEFAULTS.OUTBOX_RETENTION_DAYS,
      2,
      3650,
    ),
    readAuditRetentionDays: number(
      'READ_AUDIT_RETENTION_DAYS',
      SCHEDULER_DEFAULTS.READ_AUDIT_RETENTION_DAYS,
      30,
      3650,
    ),
  };
}

/** The scheduler configuration with every default. */
export function defaultSchedulerConfig(): SchedulerConfig {
  return readSchedulerConfig({}, []);
}
