import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { AuthenticatedUser, visibleTo } from '../auth';
import { ListCompetitorsQuery } from './competitor.dto';
import { searchSql } from './competitor-search-sql';
import { CompetitorViewRow } from './competitor-view';

const SORT_COLUMNS: Record<ListCompetitorsQuery['sort'], string> = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  lastName: 'last_name',
  firstName: 'first_name',
  email: 'email',
  status: 'status',
};

type FlatRow = Omit<CompetitorViewRow, 'membership' | 'syncState'> & {
  teamId: string | null;
  syncAttemptAt: Date | null;
  syncResult: 'success' | 'failure' | null;
  syncError: string | null;
  missingSince: Date | null;
};

/**
 * The competitor list and detail reads in plain SQL: one statement per page (its rows with the team
 * and the last score sync joined in, and the total; the ORM's include costs several milliseconds of
 * CPU per page), keyset after `cursor` in any sort, ties broken by id ascending.
 */
@Injectable()
export class CompetitorListRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * One statement: the count of every matching row, with the page's rows joined to it (LEFT, so
   * the count comes back on an empty page too); the page's ids first (an index walk), then the
   * joins for those rows only, even on page 190.
   */
  async page(user: AuthenticatedUser, query: ListCompetitorsQuery): Promise<{ rows: CompetitorViewRow[]; total: number }> {
    const where = this.where(user, query);
    const from = query.teamId ? Prisma.sql`competitors c JOIN team_memberships m ON m.competitor_id = c.id` : Prisma.sql`competitors c`;
    const column = SORT_COLUMNS[query.sort];
    const direction = Prisma.raw(query.order === 'desc' ? 'DESC' : 'ASC');
    const order = Prisma.sql`ORDER BY ${Prisma.raw(`c.${column}`)} ${direction} NULLS LAST, c.id ${direction}`;
    const after = query.cursor ? afterCursor(column, query.order, query.cursor) : Prisma.sql`true`;
    const window = query.cursor ? Prisma.sql`LIMIT ${query.pageSize}` : Prisma.sql`LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
    const rows = await this.prisma.$queryRaw<(Partial<FlatRow> & { total: number; position: number | null })[]>`
      SELECT n.total, p.* FROM (SELECT count(*)::int AS total FROM ${from} WHERE ${where}) n
      LEFT JOIN LATERAL (
        SELECT ${VIEW_COLUMNS}, row_number() OVER (${order})::int AS position ${VIEW_FROM}
        WHERE c.id IN (SELECT c.id FROM ${from} WHERE ${where} AND ${after} ${order} ${window})
      ) p ON true
      ORDER BY p.position`;
    const total = rows[0]?.total ?? 0;
    return { rows: rows.filter((row) => row.position !== null).map(({ total: _total, position: _position, ...row }) => toViewRow(row as FlatRow)), total };
  }

  async find(user: AuthenticatedUser, id: string): Promise<CompetitorViewRow | undefined> {
    const [row] = await this.select(Prisma.sql`c.id = ${id}::uuid AND ${visibleSql(user)}`);
    return row;
  }

  private where(user: AuthenticatedUser, query: ListCompetitorsQuery): Prisma.Sql {
    const conditions = [visibleSql(user), searchSql(query.search)];
    if (query.coachId) conditions.push(Prisma.sql`c.coach_id = ${query.coachId}::uuid`);
    if (query.status) conditions.push(Prisma.sql`c.status = ${query.status}::competitor_status`);
    if (query.teamId) conditions.push(Prisma.sql`m.team_id = ${query.teamId}::uuid`);
    if (query.hasSyncError !== undefined)
      conditions.push(query.hasSyncError ? Prisma.sql`c.game_platform_sync_error IS NOT NULL` : Prisma.sql`c.game_platform_sync_error IS NULL`);
    return Prisma.join(conditions, ' AND ');
  }

  private async select(condition: Prisma.Sql): Promise<CompetitorViewRow[]> {
    const rows = await this.prisma.$queryRaw<FlatRow[]>`SELECT ${VIEW_COLUMNS} ${VIEW_FROM} WHERE ${condition}`;
    return rows.map(toViewRow);
  }
}

/** A competitor view's columns: the row, its team and the last score sync of its platform account. */
const VIEW_COLUMNS = Prisma.sql`
  c.id, c.coach_id AS "coachId", c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.school_id AS "schoolId",
  c.region_id AS "regionId", c.division::text AS division, c.grade, c.status::text AS status, c.compliance_confirmed_at AS "complianceConfirmedAt",
  c.game_platform_id AS "gamePlatformId", c.metactf_user_id AS "metactfUserId", c.metactf_username AS "metactfUsername",
  c.metactf_user_status AS "metactfUserStatus", c.game_platform_sync_error AS "gamePlatformSyncError",
  c.game_platform_synced_at AS "gamePlatformSyncedAt", c.game_platform_job_id AS "gamePlatformJobId",
  c.game_platform_attempts AS "gamePlatformAttempts", c.game_platform_last_attempt_at AS "gamePlatformLastAttemptAt",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", m.team_id AS "teamId",
  ss.last_attempt_at AS "syncAttemptAt", ss.last_result::text AS "syncResult", ss.error_message AS "syncError", ss.missing_since AS "missingSince"`;

const VIEW_FROM = Prisma.sql`
  FROM competitors c
  LEFT JOIN team_memberships m ON m.competitor_id = c.id
  LEFT JOIN game_platform_sync_state ss ON ss.syned_user_id = c.game_platform_id`;

function toViewRow({ teamId, syncAttemptAt, syncResult, syncError, missingSince, ...competitor }: FlatRow): CompetitorViewRow {
  return {
    ...competitor,
    membership: teamId ? { teamId } : null,
    syncState:
      syncResult || syncAttemptAt || missingSince ? { lastAttemptAt: syncAttemptAt, lastResult: syncResult, errorMessage: syncError, missingSince } : null,
  };
}

function visibleSql(user: AuthenticatedUser): Prisma.Sql {
  const { coachId } = visibleTo(user);
  return coachId ? Prisma.sql`c.coach_id = ${coachId}::uuid` : Prisma.sql`true`;
}

/**
 * Rows after the cursor row in ORDER BY column, id (both in `order`, NULLS LAST): a row comparison
 * the (column, id) indexes serve. A cursor that is not a row yields no rows.
 */
function afterCursor(column: string, order: 'asc' | 'desc', cursor: string): Prisma.Sql {
  const [mine, theirs] = [Prisma.raw(`c.${column}`), Prisma.raw(`cur.${column}`)];
  const beyond = Prisma.raw(order === 'desc' ? '<' : '>');
  const cursorRow = Prisma.sql`(SELECT ${theirs}, cur.id FROM competitors cur WHERE cur.id = ${cursor}::uuid)`;
  if (column !== 'email') return Prisma.sql`(${mine}, c.id) ${beyond} ${cursorRow}`;
  // email may be NULL, sorted last: after a NULL only NULLs with a greater id; after a value also every NULL.
  return Prisma.sql`CASE WHEN (SELECT cur.email IS NULL FROM competitors cur WHERE cur.id = ${cursor}::uuid)
    THEN c.email IS NULL AND c.id ${beyond} ${cursor}::uuid
    ELSE c.email IS NULL OR (c.email, c.id) ${beyond} ${cursorRow} END`;
}
