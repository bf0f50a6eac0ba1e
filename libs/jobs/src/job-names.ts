/** Every BullMQ queue of the system. One processor per queue lives in apps/worker. */
export enum QueueName {
  Competitors = 'competitors',
  Teams = 'teams',
  Sync = 'sync',
  Maintenance = 'maintenance',
}

/** Every job type. Its payload type is in JobPayloads, its queue and options in JOB_DEFINITIONS. */
export enum JobName {
  OnboardCompetitor = 'competitor_onboard',
  SendPasswordReset = 'competitor_password_reset',
  SyncTeam = 'team_sync',
  DeleteRemoteTeam = 'team_remote_delete',
  GamePlatformSync = 'game_platform_sync',
  TotalsSweep = 'game_platform_totals_sweep',
  MaintenanceCleanup = 'maintenance_cleanup',
  RolloutCatchUp = 'rollout_catch_up',
  SyncCompetitorNow = 'competitor_score_sync',
  VerifyPlatformId = 'import_verify_platform_id',
}

/** Who asked for a job: a user id, or "system" for schedules. */
export type Requester = { requestedBy: string };

export interface JobPayloads {
  [JobName.OnboardCompetitor]: Requester & { competitorId: string };
  [JobName.SendPasswordReset]: Requester & { competitorId: string };
  [JobName.SyncTeam]: Requester & { teamId: string };
  /** The local team row is already gone: the payload carries what the remote delete needs. */
  [JobName.DeleteRemoteTeam]: Requester & { teamId: string; coachId: string; teamName: string; synedTeamId: string };
  [JobName.GamePlatformSync]: Requester & { dryRun?: boolean; coachId?: string };
  [JobName.TotalsSweep]: Requester & { batchSize?: number };
  [JobName.MaintenanceCleanup]: { reason: 'schedule' | 'manual' };
  /** Re-enqueues parked work and pushes teams created while their coach was outside the rollout. */
  [JobName.RolloutCatchUp]: Requester & { reason: 'switch_turned_on' | 'rollout_changed' };
  /** "Sync this competitor now": one competitor's scores and Flash CTF progress, outside the rotation. */
  [JobName.SyncCompetitorNow]: Requester & { competitorId: string };
  /** Reads an imported platform id from the vendor before it is written to its coach, competitor or team. */
  [JobName.VerifyPlatformId]: Requester & { claimId: string };
}

export type JobPayload<N extends JobName> = JobPayloads[N];
