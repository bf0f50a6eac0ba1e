import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { ExecutionContext } from '@app/common';
import { TeamJobError, TeamRemoteDeleteReport, TeamRemoteDeleteService, TeamSyncReport, TeamSyncService } from '@app/game-platform';
import { JobHandler, JobName, JobPayload } from '@app/jobs';

/** Team jobs: the use cases live in @app/game-platform; a failure that retrying cannot fix ends the job at once. */
@Injectable()
export class TeamJobsHandler {
  constructor(
    private readonly teamSync: TeamSyncService,
    private readonly remoteDelete: TeamRemoteDeleteService,
  ) {}

  @JobHandler(JobName.SyncTeam)
  syncTeam(payload: JobPayload<JobName.SyncTeam>): Promise<TeamSyncReport> {
    return withTeam(payload.teamId, () => this.teamSync.sync(payload.teamId));
  }

  @JobHandler(JobName.DeleteRemoteTeam)
  deleteRemoteTeam(payload: JobPayload<JobName.DeleteRemoteTeam>): Promise<TeamRemoteDeleteReport> {
    return withTeam(payload.teamId, () => this.remoteDelete.delete(payload));
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
