import { Injectable, Logger } from '@nestjs/common';
import { JobFailure, JobName, JobPayload } from '@app/jobs';
import { GamePlatformClient, isGamePlatformError } from '../client';
import { INTEGRATION_DISABLED_MESSAGE, IntegrationSwitch } from '../integration';
import { StrayMemberReleaser } from './stray-member.releaser';
import { describeTeamSyncFailure, isRetryable } from './team-sync.messages';

export interface TeamRemoteDeleteReport {
  outcome: 'deleted' | 'already_gone';
  /** Users the platform still had on the team, taken off it before the delete. */
  released: number;
}

/**
 * The team_remote_delete use case. The local team is already gone (deleted with no members), so the
 * local state is the truth: a 404 means the platform never had the team or already deleted it, and
 * a 409 "team has members" (leftovers of a roster change not pushed yet) is resolved by taking those
 * users off the team, then deleting it.
 */
@Injectable()
export class TeamRemoteDeleteService {
  private readonly logger = new Logger(TeamRemoteDeleteService.name);

  constructor(
    private readonly client: GamePlatformClient,
    private readonly integration: IntegrationSwitch,
    private readonly strays: StrayMemberReleaser,
  ) {}

  async delete(payload: JobPayload<JobName.DeleteRemoteTeam>): Promise<TeamRemoteDeleteReport> {
    if (!this.integration.enabled) throw new JobFailure(INTEGRATION_DISABLED_MESSAGE, false);
    const client = this.client.withContext({ teamId: payload.teamId });
    try {
      if (!(await this.deleteIfPresent(payload.synedTeamId, client))) return { outcome: 'already_gone', released: 0 };
      return { outcome: 'deleted', released: 0 };
    } catch (error) {
      if (!isGamePlatformError(error, 'conflict_team_has_members')) throw this.failure(payload, error, 'deleting the team');
    }
    try {
      const { assignments } = await client.getTeamAssignments({ synedTeamId: payload.synedTeamId });
      for (const assignment of assignments) await this.strays.release(assignment.syned_user_id, payload.teamId, client);
      const deleted = await this.deleteIfPresent(payload.synedTeamId, client);
      this.logger.log({ msg: 'remote team emptied and deleted', teamId: payload.teamId, released: assignments.length });
      return { outcome: deleted ? 'deleted' : 'already_gone', released: assignments.length };
    } catch (error) {
      throw this.failure(payload, error, 'taking the remaining members off the team before deleting it');
    }
  }

  /** False when the platform does not have the team (nothing to delete). */
  private async deleteIfPresent(synedTeamId: string, client: GamePlatformClient): Promise<boolean> {
    try {
      await client.deleteTeam(synedTeamId);
      return true;
    } catch (error) {
      if (isGamePlatformError(error, 'not_found')) return false;
      throw error;
    }
  }

  private failure(payload: JobPayload<JobName.DeleteRemoteTeam>, error: unknown, step: string): JobFailure {
    const message = `Team "${payload.teamName}" was deleted locally but not on the Game Platform: ${describeTeamSyncFailure(error, step)}`;
    this.logger.warn({ msg: 'remote team delete failed', teamId: payload.teamId, coachId: payload.coachId, synedTeamId: payload.synedTeamId, err: error });
    return new JobFailure(message, isRetryable(error));
  }
}
