// The daily reminder: pure decisions plus the one-job scheduler the shell drives.
export * from './types.ts';
export { planReminder } from './plan.ts';
export { isDue } from './due.ts';
export { afterFired, pauseUntil, skipToday, snooze } from './state.ts';
export { ReminderScheduler } from './reminder-scheduler.ts';
export type {
  CancellableJob,
  ReminderSchedulerOptions,
  ScheduleJob,
} from './reminder-scheduler.ts';
