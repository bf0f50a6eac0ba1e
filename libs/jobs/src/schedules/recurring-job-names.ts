import { JobName } from '../job-names';

/** The job types the worker runs on a recurring schedule (declared at start, see RecurringSchedules). */
export const RECURRING_JOB_NAMES = [JobName.GamePlatformSync, JobName.TotalsSweep, JobName.MaintenanceCleanup] as const;
export type RecurringJobName = (typeof RECURRING_JOB_NAMES)[number];
