import { Injectable } from '@nestjs/common';
import { JobName, JobQueueService } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { GamePlatformClient, isGamePlatformError } from '../client';

export type StrayOutcome = 'moved' | 'unassigned' | 'now_local_member';

/**
 * Takes a user the platform lists on a team off it, according to the local state read now: onto the
 * team they are locally on when that team exists remotely (a move), otherwise off every team.
 */
@Injectable()
export class StrayMemberReleaser {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueueService,
  ) {}

  async release(synedUserId: string, fromTeamId: string, client: GamePlatformClient): Promise<StrayOutcome> {
    const competitor = await this.prisma.competitor.findUnique({
      where: { gamePlatformId: synedUserId },
      select: { membership: { select: { team: { select: { id: true, gamePlatformId: true } } } } },
    });
    const localTeam = competitor?.membership?.team;
    // Added back to this team since the run read its roster: the run enqueued by that change handles them.
    if (localTeam?.id === fromTeamId) return 'now_local_member';
    if (localTeam?.gamePlatformId) {
      await client.assignMember({ synedUserId, synedTeamId: localTeam.gamePlatformId });
      return 'moved';
    }
    try {
      await client.unassignMember(synedUserId);
    } catch (error) {
      if (!isGamePlatformError(error, 'not_found')) throw error;
    }
    // Their new team may be created remotely by a run that read them before this unassignment.
    if (localTeam) await this.jobs.enqueue(JobName.SyncTeam, { teamId: localTeam.id, requestedBy: 'system' }, { debounce: true });
    return 'unassigned';
  }
}
