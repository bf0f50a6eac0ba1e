import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { FieldInputError } from '../../http/field-input.error';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { EmptyStateDto } from '../dashboard-page.dto';
import { decodeCursor, encodeCursor } from '../keyset-cursor';
import { LeaderboardDto, LeaderboardRowDto } from './leaderboard.dto';
import { DashboardLeaderboardQuery } from './leaderboard.query';
import { RangeFigures, RankedCompetitor, RankSnapshot } from './rank-snapshot';
import { RankSnapshots } from './rank-snapshots.service';
import { searchSql } from '../../competitors/competitor-search-sql';

interface Slice {
  rows: RankedCompetitor[];
  total: number;
  nextCursor: string | null;
}

/**
 * The "Challenges Done" leaderboard. Rank, sort, pages and the competitors' fields come from the
 * scope's rank snapshot; search asks the trigram indexes which competitors match; the in-range
 * figures (solves within from..to) of the rows shown are read by index the first time a snapshot
 * shows them for that range, O(rows shown).
 */
@Injectable()
export class LeaderboardService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly snapshots: RankSnapshots,
  ) {}

  async page(filter: DashboardFilter, query: DashboardLeaderboardQuery): Promise<LeaderboardDto> {
    if (query.cursor && query.page) throw new FieldInputError('page', 'use either page or cursor, not both');
    const snapshot = await this.snapshots.get(filter);
    const order = await this.ordered(snapshot, filter, query);
    const slice = this.slice(order, query, query.limit, query.cursor, query.page ? (query.page - 1) * query.limit : 0);
    const items = await this.withRangeFigures(snapshot, filter, slice.rows);
    return {
      items,
      total: slice.total,
      nextCursor: slice.nextCursor,
      lastUpdated: snapshot.lastUpdated?.toISOString() ?? null,
      empty: items.length > 0 ? null : emptyState(snapshot, slice.total, Boolean(query.search)),
    };
  }

  /** Every row of the leaderboard in `query`'s order, `batchSize` rows at a time (for the CSV export). */
  async *batches(filter: DashboardFilter, query: DashboardLeaderboardQuery, batchSize = 500): AsyncGenerator<LeaderboardRowDto[]> {
    const snapshot = await this.snapshots.get(filter);
    const order = await this.ordered(snapshot, filter, query);
    for (let start = 0; start < order.length; start += batchSize) yield this.withRangeFigures(snapshot, filter, order.slice(start, start + batchSize));
  }

  /** The scope in the query's order, narrowed to the search's matches. */
  private async ordered(snapshot: RankSnapshot, filter: DashboardFilter, query: DashboardLeaderboardQuery): Promise<RankedCompetitor[]> {
    const order = snapshot.sorted(query.sort, descending(query));
    if (!query.search) return order;
    const matches = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM competitors c WHERE ${competitorScopeSql(filter)} AND ${searchSql(query.search)}`;
    const ids = new Set(matches.map((match) => match.id));
    return order.filter((row) => ids.has(row.id));
  }

  private slice(order: RankedCompetitor[], query: DashboardLeaderboardQuery, limit: number, cursor: string | undefined, offset: number): Slice {
    const sortName = `leaderboard:${query.sort}:${descending(query) ? 'desc' : 'asc'}`;
    const start = cursor ? RankSnapshot.startAfter(order, query.sort, descending(query), decodeCursor(cursor, sortName, 1)) : offset;
    const rows = order.slice(start, start + limit);
    const last = rows.at(-1);
    const more = start + limit < order.length;
    return {
      rows,
      total: order.length,
      nextCursor: more && last ? encodeCursor({ sort: sortName, values: [RankSnapshot.keyOf(last, query.sort)], id: last.id }) : null,
    };
  }

  private async withRangeFigures(snapshot: RankSnapshot, filter: DashboardFilter, rows: RankedCompetitor[]): Promise<LeaderboardRowDto[]> {
    const range = `${filter.from.toISOString()}/${filter.toExclusive.toISOString()}`;
    const figures = await snapshot.rangeFigures(range, rows, (missing) => this.readRangeFigures(filter, missing));
    return rows.map((row) => toRow(row, figures.get(row.id) ?? { challenges: 0, points: 0 }));
  }

  private async readRangeFigures(filter: DashboardFilter, rows: RankedCompetitor[]): Promise<Map<string, RangeFigures>> {
    const onPlatform = rows.filter((row) => row.gamePlatformId);
    const found =
      onPlatform.length === 0
        ? []
        : await this.prisma.$queryRaw<(RangeFigures & { id: string })[]>`
      SELECT c.id, coalesce(solved.challenges, 0) AS challenges, coalesce(solved.points, 0) AS points
      FROM unnest(${onPlatform.map((row) => row.id)}::uuid[], ${onPlatform.map((row) => row.gamePlatformId)}::uuid[]) AS c(id, game_platform_id)
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS challenges, sum(v.challenge_points)::int AS points FROM game_platform_challenge_solves v
        WHERE v.syned_user_id = c.game_platform_id AND v.solved_at >= ${filter.from} AND v.solved_at < ${filter.toExclusive}
      ) solved`;
    const figures = new Map(rows.map((row) => [row.id, { challenges: 0, points: 0 }]));
    for (const { id, challenges, points } of found) figures.set(id, { challenges, points });
    return figures;
  }
}

const descending = (query: DashboardLeaderboardQuery) => (query.order ?? (query.sort === 'name' ? 'asc' : 'desc')) === 'desc';

function toRow(row: RankedCompetitor, inRange: RangeFigures): LeaderboardRowDto {
  return {
    rank: row.rank,
    competitorId: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    username: row.username,
    division: row.division,
    coachId: row.coachId,
    challenges: row.challenges,
    score: row.score,
    challengesInRange: inRange.challenges,
    pointsInRange: inRange.points,
    lastActivityAt: row.lastAccessedAt?.toISOString() ?? null,
    scoreSync: !row.gamePlatformId ? 'not_on_platform' : row.synced ? 'synced' : 'pending',
  };
}

function emptyState(snapshot: RankSnapshot, total: number, searched: boolean): EmptyStateDto {
  if (snapshot.rows.length === 0) return { reason: 'no_competitors', message: 'No competitors yet: add competitors to see them ranked here' };
  if (total === 0 && searched) return { reason: 'no_matches', message: 'No competitor matches this search' };
  if (snapshot.synced === 0) return { reason: 'sync_pending', message: 'Scores appear here after the first score sync' };
  return { reason: 'no_matches', message: 'No more competitors on this page' };
}
