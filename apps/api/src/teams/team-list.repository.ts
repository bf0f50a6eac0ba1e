import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { AuthenticatedUser, visibleTo } from '../auth';
import { pageWindow } from '../http/page.query';
import { TeamListQuery } from './dto/team-list.query';
import { TeamSummaryRow } from './team-view';

const LIKE_SPECIAL = /[\\%_]/g;

/**
 * The team list in one SQL statement with member counts and the total (the ORM's `_count` include
 * costs milliseconds of CPU per page), ordered by name then id, keyset after `cursor`.
 */
@Injectable()
export class TeamListRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(user: AuthenticatedUser, query: TeamListQuery): Promise<{ rows: TeamSummaryRow[]; total: number }> {
    const where = this.where(user, query);
    const after = query.cursor ? Prisma.sql`(t.name, t.id) > (SELECT cur.name, cur.id FROM teams cur WHERE cur.id = ${query.cursor}::uuid)` : Prisma.sql`true`;
    const { skip, take } = query.cursor ? { skip: 0, take: query.pageSize } : pageWindow(query);
    // One statement: the count with the page joined to it (LEFT, so an empty page still carries it).
    const rows = await this.prisma.$queryRaw<(Partial<Omit<TeamSummaryRow, '_count'>> & { total: number; memberCount: number | null })[]>`
      SELECT n.total, p.* FROM (SELECT count(*)::int AS total FROM teams t WHERE ${where}) n
      LEFT JOIN LATERAL (
        SELECT t.id, t.coach_id AS "coachId", t.name, t.division::text AS division, t.affiliation, t.game_platform_id AS "gamePlatformId",
               t.metactf_team_id AS "metactfTeamId", t.metactf_coach_id AS "metactfCoachId", t.game_platform_sync_error AS "gamePlatformSyncError",
               t.game_platform_synced_at AS "gamePlatformSyncedAt", t.remote_name AS "remoteName", t.remote_division::text AS "remoteDivision",
               t.remote_affiliation AS "remoteAffiliation", t.metadata_not_propagated AS "metadataNotPropagated", t.created_at AS "createdAt",
               t.updated_at AS "updatedAt", (SELECT count(*)::int FROM team_memberships m WHERE m.team_id = t.id) AS "memberCount"
        FROM teams t WHERE ${where} AND ${after} ORDER BY t.name, t.id LIMIT ${take} OFFSET ${skip}
      ) p ON true
      ORDER BY p.name, p.id`;
    const total = rows[0]?.total ?? 0;
    const teams = rows.filter((row) => row.memberCount !== null) as (Omit<TeamSummaryRow, '_count'> & { total: number; memberCount: number })[];
    return { rows: teams.map(({ total: _total, memberCount, ...team }) => ({ ...team, _count: { memberships: memberCount } })), total };
  }

  private where(user: AuthenticatedUser, query: TeamListQuery): Prisma.Sql {
    const { coachId } = visibleTo(user);
    const conditions = [coachId ? Prisma.sql`t.coach_id = ${coachId}::uuid` : Prisma.sql`true`];
    if (query.coachId) conditions.push(Prisma.sql`t.coach_id = ${query.coachId}::uuid`);
    if (query.search) conditions.push(Prisma.sql`t.name ILIKE ${`%${query.search.replace(LIKE_SPECIAL, '\\$&')}%`}`);
    return Prisma.join(conditions, ' AND ');
  }
}
