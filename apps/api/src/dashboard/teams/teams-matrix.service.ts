import { Injectable, NotFoundException } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { dashboardAnswer } from '../dashboard-answer';
import { utcDayText } from '../day-series';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { TeamDrawerDto, TeamDrawerMemberDto, TeamsMatrixDto, TeamTileDto } from './teams-matrix.dto';

type TeamRow = Omit<TeamTileDto, 'remoteState' | 'challengesInRange'> & { onPlatform: boolean; pending: number; errors: number };

/** The teams matrix and the team drawer: per team and per member, from totals and daily activity (per team: team_daily_activity). */
@Injectable()
export class TeamsMatrixService {
  constructor(private readonly prisma: PrismaService) {}

  async matrix(filter: DashboardFilter): Promise<TeamsMatrixDto> {
    const teams = await this.tiles(filter, competitorScopeSql(filter, 't'));
    return { ...(await dashboardAnswer(this.prisma, filter, teams.length > 0, 'no_teams')), teams };
  }

  /** One team (any division; coaches: their own, others 404) with its members. */
  async drawer(filter: DashboardFilter, teamId: string): Promise<TeamDrawerDto> {
    const [team] = await this.tiles(filter, competitorScopeSql({ coachId: filter.coachId }, 't'), teamId);
    if (!team) throw new NotFoundException(`Team ${teamId} was not found`);
    const members = await this.members(filter, teamId);
    return { ...(await dashboardAnswer(this.prisma, filter, true, 'ready')), team, members };
  }

  private async tiles(filter: DashboardFilter, scope: Prisma.Sql, teamId?: string): Promise<TeamTileDto[]> {
    const only = teamId ? Prisma.sql`AND t.id = ${teamId}::uuid` : Prisma.empty;
    const [rows, inRange] = await Promise.all([
      this.prisma.$queryRaw<TeamRow[]>`
        SELECT t.id, t.name, t.division, t.coach_id AS "coachId",
               count(m.id)::int AS members, count(c.game_platform_id)::int AS "onboardedMembers",
               (round(avg(COALESCE(st.total_score, 0)) FILTER (WHERE m.id IS NOT NULL), 1))::float8 AS "averageScore",
               COALESCE(sum(st.challenges_completed), 0)::int AS "challengesAllTime",
               t.game_platform_synced_at AS "lastSync", t.game_platform_sync_error AS "syncError",
               t.game_platform_id IS NOT NULL AS "onPlatform",
               count(*) FILTER (WHERE m.remote_state = 'pending')::int AS pending,
               count(*) FILTER (WHERE m.remote_state = 'error')::int AS errors
        FROM teams t
        LEFT JOIN team_memberships m ON m.team_id = t.id
        LEFT JOIN competitors c ON c.id = m.competitor_id
        LEFT JOIN game_platform_stats st ON st.competitor_id = c.id
        WHERE ${scope} ${only}
        GROUP BY t.id ORDER BY t.name, t.id`,
      this.prisma.$queryRaw<{ teamId: string; n: number }[]>`
        SELECT r.team_id AS "teamId", sum(r.solves)::int AS n
        FROM teams t
        JOIN team_daily_activity r ON r.team_id = t.id
        WHERE ${scope} ${only} AND r.day >= ${utcDayText(filter.from)}::date AND r.day < ${utcDayText(filter.toExclusive)}::date
        GROUP BY 1`,
    ]);
    const solvedInRange = new Map(inRange.map((row) => [row.teamId, row.n]));
    return rows.map(({ onPlatform, pending, errors, ...team }) => ({
      ...team,
      challengesInRange: solvedInRange.get(team.id) ?? 0,
      remoteState: team.syncError || errors > 0 ? 'error' : !onPlatform || pending > 0 ? 'pending' : 'synced',
    }));
  }

  private members(filter: DashboardFilter, teamId: string): Promise<TeamDrawerMemberDto[]> {
    return this.prisma.$queryRaw<TeamDrawerMemberDto[]>`
      SELECT c.id AS "competitorId", c.first_name AS "firstName", c.last_name AS "lastName",
             c.game_platform_id IS NOT NULL AS "onGamePlatform",
             COALESCE(st.total_score, 0) AS score, COALESCE(st.challenges_completed, 0) AS challenges,
             COALESCE((SELECT sum(d.solves) FROM competitor_daily_activity d
                       WHERE d.syned_user_id = c.game_platform_id
                         AND d.day >= ${utcDayText(filter.from)}::date AND d.day < ${utcDayText(filter.toExclusive)}::date), 0)::int AS "challengesInRange",
             GREATEST(st.last_accessed_at, s.last_remote_accessed_at,
                      (SELECT max(cs.solved_at) FROM game_platform_challenge_solves cs WHERE cs.syned_user_id = c.game_platform_id)) AS "lastActivity",
             m.remote_state AS membership, m.game_platform_sync_error AS "membershipError"
      FROM team_memberships m
      JOIN competitors c ON c.id = m.competitor_id
      LEFT JOIN game_platform_stats st ON st.competitor_id = c.id
      LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE m.team_id = ${teamId}::uuid
      ORDER BY score DESC, c.last_name, c.first_name, c.id`;
  }
}
