import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JobName, JobQueueService } from '@app/jobs';
import { AuthenticatedUser } from '../auth';
import { GamePlatformRollout } from '../feature-flags/game-platform-rollout.service';
import { TeamSyncAvailabilityDto } from './dto/team-output.dto';
import { teamsConfig } from './teams.config';

/**
 * Decides whether a team's changes reach the game platform (master switch + coach rollout) and
 * enqueues the coalesced team_sync job: every edit restarts the quiet period, so a burst of edits
 * is pushed by one run once the edits settle.
 */
@Injectable()
export class TeamSyncScheduler {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly rollout: GamePlatformRollout,
    @Inject(teamsConfig.KEY) private readonly config: ConfigType<typeof teamsConfig>,
  ) {}

  async availabilityFor(coachId: string): Promise<TeamSyncAvailabilityDto> {
    const reason = await this.rollout.unavailableReason(coachId);
    return reason ? { enabled: false, reason } : { enabled: true };
  }

  /** After an edit: the sync waits for TEAM_SYNC_DEBOUNCE_MS of quiet. */
  async afterEdit(teamId: string, user: AuthenticatedUser): Promise<void> {
    await this.jobs.enqueue(JobName.SyncTeam, { teamId, requestedBy: user.id }, { delayMs: this.config.TEAM_SYNC_DEBOUNCE_MS, debounce: true });
  }

  /** A manual re-sync: runs now (replacing a pending delayed run). */
  async now(teamId: string, user: AuthenticatedUser): Promise<string> {
    const job = await this.jobs.enqueue(JobName.SyncTeam, { teamId, requestedBy: user.id }, { debounce: true });
    return job.id!;
  }

  async deleteRemote(payload: { teamId: string; coachId: string; teamName: string; synedTeamId: string }, user: AuthenticatedUser): Promise<string> {
    const job = await this.jobs.enqueue(JobName.DeleteRemoteTeam, { ...payload, requestedBy: user.id });
    return job.id!;
  }
}
