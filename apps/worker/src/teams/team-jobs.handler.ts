import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { ExecutionContext } from '@app/common';
import { ParkedOutcome, RolloutParking, TeamJobError, TeamRemoteDeleteReport, TeamRemoteDeleteService, TeamSyncReport, TeamSyncService } from '@app/game-platform';
import { JobHandler, JobName, JobPayload, JobRunContext } from '@app/jobs';

/**
 * Team jobs: the use cases live in @app/game-platform; a coach outside the rollout gets the job
 * parked; a failure that retrying cannot fix ends the job at once.
 */
@Injectable()
export class TeamJobsHandler {
  constructor(
    private readonly teamSync: TeamSyncService,
    private readonly remoteDelete: TeamRemoteDeleteService,
    private readonly parking: RolloutParking,
  ) {}

  @JobHandler(JobName.SyncTeam)
  syncTeam(payload: JobPayload<JobName.SyncTeam>, job: JobRunContext): Promise<TeamSyncReport | ParkedOutcome> {
    return withTeam(payload.teamId, () => this.parking.runUnlessParked(JobName.SyncTeam, payload, job, () => this.teamSync.sync(payload.teamId)));
  }

  @JobHandler(JobName.DeleteRemoteTeam)
  deleteRemoteTeam(payload: JobPayload<JobName.DeleteRemoteTeam>, job: JobRunContext): Promise<TeamRemoteDeleteReport | ParkedOutcome> {
    return withTeam(payload.teamId, () => this.parking.runUnlessParked(JobName.DeleteRemoteTeam, payload, job, () => this.remoteDelete.delete(payload)));
  }
}

async function withTeam<T>(teamId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await ExecutionContext.run({ teamId }, run);
  } catch (error) {
    if (error instanceof TeamJobError && !error.retryable) throw new UnrecoverableError(error.message);
    throw error;
  }
}
