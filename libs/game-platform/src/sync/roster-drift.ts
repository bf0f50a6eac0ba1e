import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { GamePlatformClient } from '../client';

export interface TeamDrift {
  teamId: string;
  synedTeamId: string;
  /** Local members (already pushed) the platform does not list on this team. */
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
 * differences. Read-only: repairing a roster is the team_sync job's work. Memberships still
 * waiting to be pushed are not drift.
 */
@Injectable()
export class RosterDriftCheck {
  constructor(private readonly prisma: PrismaService) {}

  async check(client: GamePlatformClient, coachId?: string): Promise<RosterDrift> {
    const remote = await client.getTeamAssignments();
    const remoteTeamOf = new Map(remote.assignments.map((a) => [a.syned_user_id, a.syned_team_id]));
    const teams = await this.prisma.team.findMany({
      where: { gamePlatformId: { not: null }, ...(coachId ? { coachId } : {}) },
      select: {
        id: true,
        gamePlatformId: true,
        memberships: { select: { remoteState: true, competitorId: true, competitor: { select: { gamePlatformId: true } } } },
      },
    });
    const drift: TeamDrift[] = [];
    for (const team of teams) {
      const synedTeamId = team.gamePlatformId as string;
      const localUsers = new Set(team.memberships.map((m) => m.competitor.gamePlatformId).filter((id): id is string => id !== null));
      const missingRemotely = team.memberships
        .filter((m) => m.remoteState === 'synced' && m.competitor.gamePlatformId && remoteTeamOf.get(m.competitor.gamePlatformId) !== synedTeamId)
        .map((m) => m.competitorId);
      const unexpectedRemotely = remote.assignments
        .filter((a) => a.syned_team_id === synedTeamId && !localUsers.has(a.syned_user_id))
        .map((a) => a.syned_user_id);
      if (missingRemotely.length + unexpectedRemotely.length > 0) drift.push({ teamId: team.id, synedTeamId, missingRemotely, unexpectedRemotely });
    }
    return { count: drift.reduce((n, t) => n + t.missingRemotely.length + t.unexpectedRemotely.length, 0), teams: drift };
  }
}
