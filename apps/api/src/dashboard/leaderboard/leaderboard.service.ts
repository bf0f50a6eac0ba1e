import { Injectable } from '@nestjs/common';
import { Division, Prisma, PrismaService } from '@app/persistence';
import { FieldInputError } from '../../http/field-input.error';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { EmptyStateDto } from '../dashboard-page.dto';
import { decodeCursor, encodeCursor, KeyValue } from '../keyset-cursor';
import { lastUpdated } from '../last-updated';
import { LeaderboardDto, LeaderboardRowDto, ScoreSyncState } from './leaderboard.dto';
import { LeaderboardQuery, LeaderboardSort } from './leaderboard.query';
import { searchSql } from './search-sql';

/** The sort key of each order (one SQL expression over the `matching` rows) and its natural direction. */
const SORT_KEYS: Record<LeaderboardSort, { key: Prisma.Sql; defaultOrder: 'asc' | 'desc' }> = {
  // rank ascending is challenges, then score, descending: "desc" (best first) walks ranks upwards.
  challenges: { key: Prisma.sql`-m.rank`, defaultOrder: 'desc' },
  score: { key: Prisma.sql`m.score`, defaultOrder: 'desc' },
  lastActivity: { key: Prisma.sql`m.activity_key`, defaultOrder: 'desc' },
  name: { key: Prisma.sql`m.name_key`, defaultOrder: 'asc' },
};

interface PageRow {
  id: string;
  rank: number;
  first_name: string;
  last_name: string;
  email: string | null;
  metactf_username: string | null;
  division: Division | null;
  coach_id: string;
  game_platform_id: string | null;
  synced: boolean;
  challenges: number;
  score: number;
  last_accessed_at: string | null;
  sort_key: KeyValue;
  challenges_in_range: number;
  points_in_range: number;
}

interface LeaderboardPage {
  rows: PageRow[];
  total: number;
  scopeTotal: number;
  scopeSynced: number;
  nextCursor: string | null;
}

/**
 * The "Challenges Done" leaderboard. Rank is computed over everyone the coach and division filters
 * cover (search and pagination do not change anyone's rank); the date range adds the in-range
 * figures of the rows shown only, read from stored solves by index.
 */
@Injectable()
export class LeaderboardService {
  constructor(private readonly prisma: PrismaService) {}

  async page(filter: DashboardFilter, query: LeaderboardQuery): Promise<LeaderboardDto> {
    if (query.cursor && query.page) throw new FieldInputError('page', 'use either page or cursor, not both');
    const [page, updated] = await Promise.all([
      this.read(filter, query, query.limit, query.cursor, query.page ? (query.page - 1) * query.limit : 0),
      lastUpdated(this.prisma, filter),
    ]);
    return {
      items: page.rows.map(toRow),
      total: page.total,
      nextCursor: page.nextCursor,
      lastUpdated: updated?.toISOString() ?? null,
      empty: page.rows.length > 0 ? null : emptyState(page, Boolean(query.search)),
    };
  }

  /** Every row of the leaderboard in `query`'s order, `batchSize` rows at a time (for the CSV export). */
  async *batches(filter: DashboardFilter, query: LeaderboardQuery, batchSize = 1000): AsyncGenerator<LeaderboardRowDto[]> {
    let cursor: string | undefined;
    do {
      const page = await this.read(filter, query, batchSize, cursor, 0);
      if (page.rows.length > 0) yield page.rows.map(toRow);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  private async read(filter: DashboardFilter, query: LeaderboardQuery, limit: number, cursor: string | undefined, offset: number): Promise<LeaderboardPage> {
    const { key } = SORT_KEYS[query.sort];
    const descending = (query.order ?? SORT_KEYS[query.sort].defaultOrder) === 'desc';
    const direction = Prisma.raw(descending ? 'DESC' : 'ASC');
    const after = cursor ? decodeCursor(cursor, `leaderboard:${query.sort}:${descending ? 'desc' : 'asc'}`, 1) : undefined;
    const keyset = after
      ? Prisma.sql`(${key}, m.id) ${Prisma.raw(descending ? '<' : '>')} (${after.values[0]}, ${after.id}::uuid)`
      : Prisma.sql`true`;
    const [result] = await this.prisma.$queryRaw<{ total: number; scope_total: number; scope_synced: number; rows: PageRow[] | null }[]>`
      WITH ranked AS (
        SELECT c.id, s.competitor_id IS NOT NULL AS synced,
               coalesce(s.challenges_completed, 0) AS challenges, coalesce(s.total_score, 0) AS score, s.last_accessed_at,
               rank() OVER (ORDER BY coalesce(s.challenges_completed, 0) DESC, coalesce(s.total_score, 0) DESC)::int AS rank
        FROM competitors c LEFT JOIN game_platform_stats s ON s.competitor_id = c.id
        WHERE ${competitorScopeSql(filter)}
      ), matching AS (
        SELECT r.*, c.first_name, c.last_name, c.email, c.metactf_username, c.division, c.coach_id, c.game_platform_id,
               coalesce(extract(epoch FROM r.last_accessed_at) * 1000, -1)::float8 AS activity_key,
               lower(c.last_name || ' ' || c.first_name) AS name_key
        FROM ranked r JOIN competitors c ON c.id = r.id
        WHERE ${searchSql(query.search)}
      ), page AS (
        SELECT m.*, ${key} AS sort_key FROM matching m WHERE ${keyset}
        ORDER BY ${key} ${direction}, m.id ${direction} LIMIT ${limit + 1} OFFSET ${offset}
      )
      SELECT (SELECT count(*)::int FROM matching) AS total,
             (SELECT count(*)::int FROM ranked) AS scope_total,
             (SELECT count(*)::int FROM ranked WHERE synced) AS scope_synced,
             (SELECT json_agg(row_to_json(p) ORDER BY p.sort_key ${direction}, p.id ${direction}) FROM (
                SELECT page.*, coalesce(solved.challenges, 0) AS challenges_in_range, coalesce(solved.points, 0) AS points_in_range
                FROM page LEFT JOIN LATERAL (
                  SELECT count(*)::int AS challenges, sum(v.challenge_points)::int AS points FROM game_platform_challenge_solves v
                  WHERE v.syned_user_id = page.game_platform_id AND v.solved_at >= ${filter.from} AND v.solved_at < ${filter.toExclusive}
                ) solved ON true
             ) p) AS rows`;
    const rows = result.rows ?? [];
    const more = rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    const last = shown.at(-1);
    return {
      rows: shown,
      total: result.total,
      scopeTotal: result.scope_total,
      scopeSynced: result.scope_synced,
      nextCursor: more && last ? encodeCursor({ sort: `leaderboard:${query.sort}:${descending ? 'desc' : 'asc'}`, values: [last.sort_key], id: last.id }) : null,
    };
  }
}

function toRow(row: PageRow): LeaderboardRowDto {
  return {
    rank: row.rank,
    competitorId: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    username: row.metactf_username,
    division: row.division,
    coachId: row.coach_id,
    challenges: row.challenges,
    score: row.score,
    challengesInRange: row.challenges_in_range,
    pointsInRange: row.points_in_range,
    lastActivityAt: row.last_accessed_at ? new Date(row.last_accessed_at).toISOString() : null,
    scoreSync: scoreSync(row),
  };
}

function scoreSync(row: PageRow): ScoreSyncState {
  if (!row.game_platform_id) return 'not_on_platform';
  return row.synced ? 'synced' : 'pending';
}

function emptyState(page: LeaderboardPage, searched: boolean): EmptyStateDto {
  if (page.scopeTotal === 0) return { reason: 'no_competitors', message: 'No competitors yet: add competitors to see them ranked here' };
  if (page.total === 0 && searched) return { reason: 'no_matches', message: 'No competitor matches this search' };
  if (page.scopeSynced === 0) return { reason: 'sync_pending', message: 'Scores appear here after the first score sync' };
  return { reason: 'no_matches', message: 'No more competitors on this page' };
}
