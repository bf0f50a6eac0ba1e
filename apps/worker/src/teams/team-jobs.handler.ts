import { Injectable } from '@nestjs/common';
import { CorrelationScope } from '@app/common';
import { ParkedOutcome, RolloutParking, TeamRemoteDeleteReport, TeamRemoteDeleteService, TeamSyncReport, TeamSyncService } from '@app/game-platform';
import { JobHandler, JobName, JobPayload, JobRunContext } from '@app/jobs';

/**
 * Team jobs: the use cases live in @app/game-platform (their failures are JobFailures); a coach
 * outside the rollout gets the job parked.
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
    return CorrelationScope.run({ teamId: payload.teamId }, () =>
      this.parking.runUnlessParked(JobName.SyncTeam, payload, job, () => this.teamSync.sync(payload.teamId)),
    );
  }

  @JobHandler(JobName.DeleteRemoteTeam)
  deleteRemoteTeam(payload: JobPayload<JobName.DeleteRemoteTeam>, job: JobRunContext): Promise<TeamRemoteDeleteReport | ParkedOutcome> {
    return CorrelationScope.run({ teamId: payload.teamId }, () =>
      this.parking.runUnlessParked(JobName.DeleteRemoteTeam, payload, job, () => this.remoteDelete.delete(payload)),
    );
  }
}
