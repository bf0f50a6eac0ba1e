import { Injectable } from '@nestjs/common';
import { JobName, JobQueueService } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { GamePlatformClient } from '../client';

export interface TeamDrift {
  teamId: string;
  synedTeamId: string;
  /** Local members on the platform (pushed, waiting or failed) whom the platform does not list on this team. */
  missingRemotely: string[];
  /** syned_user_ids the platform lists on this team that are not its local members. */
  unexpectedRemotely: string[];
}

export interface RosterDrift {
  count: number;
  teams: TeamDrift[];
}

/**
 * Compares local rosters with the platform's assignments (one vendor call) and reports the
 * differences; `repair` enqueues the team_sync of each drifted team. A `pending` membership whose
 * competitor is already on the platform counts: its push was lost, not merely waiting.
 */
@Injectable()
export class RosterDriftCheck {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueueService,
  ) {}

  async repair(drift: RosterDrift): Promise<void> {
    for (const team of drift.teams) await this.jobs.enqueue(JobName.SyncTeam, { teamId: team.teamId, requestedBy: 'system' });
  }

  async check(client: GamePlatformClient, coachId?: string): Promise<RosterDrift> {
    const remote = await client.getTeamAssignments();
    const remoteTeamOf = new Map(remote.assignments.map((a) => [a.syned_user_id, a.syned_team_id]));
    const teams = await this.prisma.team.findMany({
      where: { gamePlatformId: { not: null }, ...(coachId ? { coachId } : {}) },
      select: {
        id: true,
        gamePlatformId: true,
        memberships: { select: { competitorId: true, competitor: { select: { gamePlatformId: true } } } },
      },
    });
    const drift: TeamDrift[] = [];
    for (const team of teams) {
      const synedTeamId = team.gamePlatformId as string;
      const localUsers = new Set(team.memberships.map((m) => m.competitor.gamePlatformId).filter((id): id is string => id !== null));
      const missingRemotely = team.memberships
        .filter((m) => m.competitor.gamePlatformId && remoteTeamOf.get(m.competitor.gamePlatformId) !== synedTeamId)
        .map((m) => m.competitorId);
      const unexpectedRemotely = remote.assignments
        .filter((a) => a.syned_team_id === synedTeamId && !localUsers.has(a.syned_user_id))
        .map((a) => a.syned_user_id);
      if (missingRemotely.length + unexpectedRemotely.length > 0) drift.push({ teamId: team.id, synedTeamId, missingRemotely, unexpectedRemotely });
    }
    return { count: drift.reduce((n, t) => n + t.missingRemotely.length + t.unexpectedRemotely.length, 0), teams: drift };
  }
}
