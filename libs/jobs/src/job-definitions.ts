import { JobName, JobPayload, QueueName } from './job-names';

export interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /** Total tries before the job is failed for good. */
  attempts: number;
  /** First retry delay; later ones grow exponentially. */
  backoffMs: number;
  /**
   * While a job with this id is waiting, delayed or active, adding another is a no-op that returns
   * the first one (BullMQ deduplication). Undefined: every add creates a job.
   */
  deduplicationId?: (payload: JobPayload<N>) => string;
  /**
   * An add while the de-duplicated job is already running queues one run after it instead of being
   * dropped: for jobs that read their input when they start (a roster), so a change made during the
   * run is never lost.
   */
  followUpIfActive?: boolean;
}

/** The single place where each job type's queue, retry policy and de-duplication key are decided. */
export const JOB_DEFINITIONS: { [N in JobName]: JobDefinition<N> } = {
  [JobName.OnboardCompetitor]: {
    queue: QueueName.Competitors,
    attempts: 5,
    backoffMs: 30_000,
    deduplicationId: ({ competitorId }) => `onboard:${competitorId}`,
  },
  [JobName.SendPasswordReset]: {
    queue: QueueName.Competitors,
    attempts: 3,
    backoffMs: 30_000,
    deduplicationId: ({ competitorId }) => `password-reset:${competitorId}`,
  },
  [JobName.SyncTeam]: {
    queue: QueueName.Teams,
    attempts: 5,
    backoffMs: 10_000,
    deduplicationId: ({ teamId }) => `team-sync:${teamId}`,
    followUpIfActive: true,
  },
  [JobName.DeleteRemoteTeam]: {
    queue: QueueName.Teams,
    attempts: 5,
    backoffMs: 30_000,
    deduplicationId: ({ teamId }) => `team-delete:${teamId}`,
  },
  [JobName.GamePlatformSync]: {
    queue: QueueName.Sync,
    attempts: 3,
    backoffMs: 300_000,
    deduplicationId: ({ coachId, dryRun }) => `sync:${coachId ?? 'all'}:${dryRun ? 'dry' : 'live'}`,
  },
  [JobName.TotalsSweep]: {
    queue: QueueName.Sync,
    attempts: 3,
    backoffMs: 300_000,
    deduplicationId: () => 'totals-sweep',
  },
  [JobName.MaintenanceCleanup]: {
    queue: QueueName.Maintenance,
    attempts: 3,
    backoffMs: 60_000,
    deduplicationId: () => 'maintenance-cleanup',
  },
  [JobName.SyncCompetitorNow]: {
    queue: QueueName.Sync,
    attempts: 2,
    backoffMs: 10_000,
    deduplicationId: ({ competitorId }) => `competitor-sync:${competitorId}`,
  },
  [JobName.VerifyPlatformId]: {
    queue: QueueName.Maintenance,
    attempts: 5,
    backoffMs: 30_000,
    deduplicationId: ({ claimId }) => `verify-platform-id:${claimId}`,
  },
  // No de-duplication: a rollout change during a run must get a run of its own; a catch-up is idempotent.
  [JobName.RolloutCatchUp]: {
    queue: QueueName.Maintenance,
    attempts: 5,
    backoffMs: 30_000,
  },
};

export function jobNamesOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(JOB_DEFINITIONS) as JobName[]).filter((name) => JOB_DEFINITIONS[name].queue === queue);
}
