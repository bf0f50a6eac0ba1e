import { Injectable } from '@nestjs/common';
import { Division, PrismaService } from '@app/persistence';
import { FieldInputError } from '../../http/field-input.error';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { EmptyStateDto } from '../dashboard-page.dto';
import { decodeCursor, encodeCursor } from '../keyset-cursor';
import { LeaderboardDto, LeaderboardRowDto } from './leaderboard.dto';
import { LeaderboardQuery } from './leaderboard.query';
import { RankedCompetitor, RankSnapshot } from './rank-snapshot';
import { RankSnapshots } from './rank-snapshots.service';
import { searchSql } from './search-sql';

interface CompetitorDetails {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  metactf_username: string | null;
  division: Division | null;
  coach_id: string;
  challenges_in_range: number;
  points_in_range: number;
}

interface Slice {
  rows: RankedCompetitor[];
  total: number;
  nextCursor: string | null;
}

/**
 * The "Challenges Done" leaderboard. Rank, sort and pages come from the scope's rank snapshot;
 * search asks the trigram indexes which competitors match; the rows shown then get their names and
 * in-range figures (solves within from..to) from the database, by index, O(rows shown).
 */
@Injectable()
export class LeaderboardService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly snapshots: RankSnapshots,
  ) {}

  async page(filter: DashboardFilter, query: LeaderboardQuery): Promise<LeaderboardDto> {
    if (query.cursor && query.page) throw new FieldInputError('page', 'use either page or cursor, not both');
    const snapshot = await this.snapshots.get(filter);
    const order = await this.ordered(snapshot, filter, query);
    const slice = this.slice(order, query, query.limit, query.cursor, query.page ? (query.page - 1) * query.limit : 0);
    const items = await this.details(filter, slice.rows);
    return {
      items,
      total: slice.total,
      nextCursor: slice.nextCursor,
      lastUpdated: snapshot.lastUpdated?.toISOString() ?? null,
      empty: items.length > 0 ? null : emptyState(snapshot, slice.total, Boolean(query.search)),
    };
  }

  /** Every row of the leaderboard in `query`'s order, `batchSize` rows at a time (for the CSV export). */
  async *batches(filter: DashboardFilter, query: LeaderboardQuery, batchSize = 1000): AsyncGenerator<LeaderboardRowDto[]> {
    const order = await this.ordered(await this.snapshots.get(filter), filter, query);
    for (let start = 0; start < order.length; start += batchSize) yield this.details(filter, order.slice(start, start + batchSize));
  }

  /** The scope in the query's order, narrowed to the search's matches. */
  private async ordered(snapshot: RankSnapshot, filter: DashboardFilter, query: LeaderboardQuery): Promise<RankedCompetitor[]> {
    const order = snapshot.sorted(query.sort, descending(query));
    if (!query.search) return order;
    const matches = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM competitors c WHERE ${competitorScopeSql(filter)} AND ${searchSql(query.search)}`;
    const ids = new Set(matches.map((match) => match.id));
    return order.filter((row) => ids.has(row.id));
  }

  private slice(order: RankedCompetitor[], query: LeaderboardQuery, limit: number, cursor: string | undefined, offset: number): Slice {
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

  private async details(filter: DashboardFilter, rows: RankedCompetitor[]): Promise<LeaderboardRowDto[]> {
    if (rows.length === 0) return [];
    const found = await this.prisma.$queryRaw<CompetitorDetails[]>`
      SELECT c.id, c.first_name, c.last_name, c.email, c.metactf_username, c.division, c.coach_id,
             coalesce(solved.challenges, 0) AS challenges_in_range, coalesce(solved.points, 0) AS points_in_range
      FROM competitors c LEFT JOIN LATERAL (
        SELECT count(*)::int AS challenges, sum(v.challenge_points)::int AS points FROM game_platform_challenge_solves v
        WHERE v.syned_user_id = c.game_platform_id AND v.solved_at >= ${filter.from} AND v.solved_at < ${filter.toExclusive}
      ) solved ON true
      WHERE c.id = ANY(${rows.map((row) => row.id)}::uuid[])`;
    const byId = new Map(found.map((details) => [details.id, details]));
    // A competitor deleted since the snapshot is left out rather than shown half-empty.
    return rows.flatMap((row) => {
      const details = byId.get(row.id);
      return details ? [toRow(row, details)] : [];
    });
  }
}

const descending = (query: LeaderboardQuery) => (query.order ?? (query.sort === 'name' ? 'asc' : 'desc')) === 'desc';

function toRow(row: RankedCompetitor, details: CompetitorDetails): LeaderboardRowDto {
  return {
    rank: row.rank,
    competitorId: row.id,
    firstName: details.first_name,
    lastName: details.last_name,
    email: details.email,
    username: details.metactf_username,
    division: details.division,
    coachId: details.coach_id,
    challenges: row.challenges,
    score: row.score,
    challengesInRange: details.challenges_in_range,
    pointsInRange: details.points_in_range,
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
