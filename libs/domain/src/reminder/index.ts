export * from './working-days.js';
export * from './reminder-rules.js';
export * from './reminder-settings.js';
export * from './reminder-schedule.js';
export * from './due-reminders.js';
