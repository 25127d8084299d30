import { LocalDate } from '@wobdesk/domain';
import { OutboxMessageEntity } from '@wobdesk/persistence';
import { serialRead } from '@wobdesk/persistence';
import { RemindersModule, ReminderSweep, type SweepReport } from '@wobdesk/reminders';
import { createWorkflowContext, type WorkflowContext } from './workflow-context.js';

/** A queued reminder, read back from its outbox key. */
export interface QueuedReminder {
  readonly requestId: string;
  readonly kind: string;
  readonly dueOn: string;
  readonly step: string;
  readonly email: string;
}

export interface ReminderContext extends WorkflowContext {
  readonly sweep: ReminderSweep;
  /** Sets the legal day (and the instant to 07:00 UTC of it), then runs one sweep. */
  sweepOn(day: string): Promise<SweepReport>;
  /** Sets the day without sweeping (a day the scheduler was down). */
  setDay(day: string): void;
  /** Every queued reminder (outbox keys `reminder:…`), in key order. */
  reminders(): Promise<QueuedReminder[]>;
  messages(): Promise<OutboxMessageEntity[]>;
}

/** The workflow, mail and reminder services on a fresh SQLite file, with a clock the test moves. */
export async function createReminderContext(
  today: string,
  env: Record<string, string> = {},
): Promise<ReminderContext> {
  const ctx = await createWorkflowContext(today, env, [RemindersModule]);
  const sweep = ctx.module.get(ReminderSweep);
  const setDay = (day: string) => {
    ctx.clock.set(day);
    ctx.now = new Date(`${day}T07:00:00Z`);
  };
  setDay(today);
  const messages = () =>
    serialRead(ctx.dataSource, (em) =>
      em.find(OutboxMessageEntity, { order: { dedupeKey: 'ASC' } }),
    );
  return Object.assign(ctx, {
    sweep,
    setDay,
    async sweepOn(day: string) {
      setDay(day);
      return sweep.run();
    },
    messages,
    async reminders() {
      return (await messages())
        .filter((m) => m.dedupeKey.startsWith('reminder:'))
        .map((m) => {
          const [, requestId, kind, dueOn, step, email] = m.dedupeKey.split(':');
          return { requestId, kind, dueOn, step, email };
        });
    },
  });
}

/** Every day from `from` through `to`, as 'YYYY-MM-DD'. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
    out.push(d.toString());
  }
  return out;
}
