import { loadConfig } from './load-config.js';

describe('scheduler configuration', () => {
  it('should default to the embedded scheduler, 5 and 1 working days, weekly overdue reminders', () => {
    const { scheduler } = loadConfig({});
    expect(scheduler).toEqual({
      embedded: true,
      sweepSeconds: 60,
      mailSendSeconds: 5,
      reminderDaysBefore: [5, 1],
      overdueRepeatDays: 7,
      leaseSeconds: 120,
      outboxRetentionDays: 90,
      readAuditRetentionDays: 730,
    });
  });

  it('should read every variable', () => {
    const { scheduler } = loadConfig({
      SCHEDULER_EMBEDDED: 'false',
      REMINDER_SWEEP_SECONDS: '30',
      MAIL_SEND_SECONDS: '2',
      REMINDER_DAYS_BEFORE: '1, 10,3,3',
      REMINDER_OVERDUE_REPEAT_DAYS: '14',
      SCHEDULER_LEASE_SECONDS: '20',
      OUTBOX_RETENTION_DAYS: '30',
      READ_AUDIT_RETENTION_DAYS: '365',
    });
    expect(scheduler).toEqual({
      embedded: false,
      sweepSeconds: 30,
      mailSendSeconds: 2,
      reminderDaysBefore: [10, 3, 1],
      overdueRepeatDays: 14,
      leaseSeconds: 20,
      outboxRetentionDays: 30,
      readAuditRetentionDays: 365,
    });
    expect(loadConfig({ REMINDER_DAYS_BEFORE: 'none' }).scheduler.reminderDaysBefore).toEqual([]);
  });

  it('should name every invalid variable and its rule', () => {
    expect(() =>
      loadConfig({
        SCHEDULER_EMBEDDED: 'yes',
        REMINDER_SWEEP_SECONDS: '0',
        REMINDER_DAYS_BEFORE: '5;1',
        REMINDER_OVERDUE_REPEAT_DAYS: '400',
        SCHEDULER_LEASE_SECONDS: 'x',
        OUTBOX_RETENTION_DAYS: '1',
      }),
    ).toThrow(
      new RegExp(
        [
          'SCHEDULER_EMBEDDED must be true or false',
          'REMINDER_DAYS_BEFORE must be a comma-separated list',
          'SCHEDULER_LEASE_SECONDS must be a whole number',
          'REMINDER_SWEEP_SECONDS must be from 1 to 86400',
          'REMINDER_OVERDUE_REPEAT_DAYS must be from 1 to 365',
          'OUTBOX_RETENTION_DAYS must be from 2 to 3650',
        ].join('[\\s\\S]*'),
      ),
    );
  });

  it('should keep the audit of reads at least 30 days and name the rule otherwise', () => {
    expect(() => loadConfig({ READ_AUDIT_RETENTION_DAYS: '7' })).toThrow(
      'READ_AUDIT_RETENTION_DAYS must be from 30 to 3650 (got "7")',
    );
    expect(() => loadConfig({ READ_AUDIT_RETENTION_DAYS: 'always' })).toThrow(
      'READ_AUDIT_RETENTION_DAYS must be a whole number of days (30-3650)',
    );
  });
});
