import { Injectable, NotFoundException } from '@nestjs/common';
import { Prisma, PrismaService, SolveSource } from '@app/persistence';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { EmptyStateDto } from '../dashboard-page.dto';
import { decodeCursor, encodeCursor, KeysetPosition } from '../keyset-cursor';
import { CategoryBreakdownDto, CompetitorRefDto, CompetitorSolvesDto, SolveRowDto } from './competitor-solves.dto';
import { CompetitorSolvesQuery } from './competitor-solves.query';
import { csvInstantSql, csvIntegerSql, csvLineSql, csvTextSql } from '../csv/csv-sql';

const CSV_BATCH_ROWS = 2_000;

/** The CSV export's columns, in the order csvLines writes them. */
export const CSV_COLUMNS = ['solvedAt', 'challengeId', 'title', 'category', 'points', 'source', 'challengeSolveId'] as const;

const CSV_LINE = csvLineSql([
  csvInstantSql(Prisma.sql`solved_at`),
  csvIntegerSql(Prisma.sql`challenge_id`),
  csvTextSql(Prisma.sql`challenge_title`),
  csvTextSql(Prisma.sql`challenge_category`),
  csvIntegerSql(Prisma.sql`challenge_points`),
  csvTextSql(Prisma.sql`source::text`),
  csvIntegerSql(Prisma.sql`challenge_solve_id`),
]);

/** The drill-down's competitor, with what its freshness needs, in one read. */
interface Competitor {
  id: string;
  firstName: string;
  lastName: string;
  username: string | null;
  gamePlatformId: string | null;
  totalsRefreshedAt: Date | null;
  lastAttemptAt: Date | null;
  lastResult: 'success' | 'failure' | null;
}

interface SolveRow {
  id: string;
  challenge_solve_id: number;
  challenge_id: number;
  challenge_title: string | null;
  challenge_category: string | null;
  challenge_points: number | null;
  solved_at: Date;
  source: SolveSource;
}

/** One batch of CSV lines, and, when it is full, its last row's keyset position. */
interface CsvBatch extends Pick<SolveRow, 'challenge_points' | 'solved_at' | 'id'> {
  lines: string | null;
  rows: number;
}

/**
 * One competitor's stored solves in the filter's range: pages in date or points order (keyset on
 * the sort key, solve time and id, so a page reads only its rows from the (competitor, solved_at)
 * index), and the per-category breakdown.
 */
@Injectable()
export class CompetitorSolvesService {
  constructor(private readonly prisma: PrismaService) {}

  /** The competitor if the filter's coach scope covers it (another coach's answers 404). */
  async competitor(filter: DashboardFilter, id: string): Promise<Competitor> {
    const [competitor] = await this.prisma.$queryRaw<Competitor[]>`
      SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.metactf_username AS username, c.game_platform_id AS "gamePlatformId",
             st.refreshed_at AS "totalsRefreshedAt", ss.last_attempt_at AS "lastAttemptAt", ss.last_result::text AS "lastResult"
      FROM competitors c
      LEFT JOIN game_platform_stats st ON st.competitor_id = c.id
      LEFT JOIN game_platform_sync_state ss ON ss.syned_user_id = c.game_platform_id
      WHERE c.id = ${id}::uuid AND ${competitorScopeSql({ coachId: filter.coachId })}`;
    if (!competitor) throw new NotFoundException(`Competitor ${id} not found`);
    return competitor;
  }

  async page(filter: DashboardFilter, competitorId: string, query: CompetitorSolvesQuery): Promise<CompetitorSolvesDto> {
    const competitor = await this.competitor(filter, competitorId);
    const after = query.cursor ? decodeCursor(query.cursor, cursorSort(query), 2) : undefined;
    const rows = competitor.gamePlatformId ? await this.read(competitor.gamePlatformId, filter, query, query.limit + 1, after) : [];
    const more = rows.length > query.limit;
    const shown = more ? rows.slice(0, query.limit) : rows;
    const last = shown.at(-1);
    return {
      competitor: competitorRef(competitor),
      items: shown.map(toSolve),
      nextCursor: more && last ? encodeCursor(positionOf(last, query)) : null,
      ...freshness(competitor, shown.length === 0, 'No solves in this period'),
    };
  }

  /**
   * Every solve of the range in `query`'s order as CSV lines (`CSV_COLUMNS`), `batchSize` lines at a
   * time (CSV export). Call competitor() first. PostgreSQL writes the lines (csv-sql.ts) and sends a
   * batch as one text value, so a row costs this process no object. A batch holds a typical
   * competitor's whole history, so most exports take one statement; 2,000 lines are a few hundred kB.
   */
  async *csvLines(competitor: Competitor, filter: DashboardFilter, query: CompetitorSolvesQuery, batchSize = CSV_BATCH_ROWS): AsyncGenerator<string> {
    if (!competitor.gamePlatformId) return;
    let after: KeysetPosition | undefined;
    for (;;) {
      const { where, order } = solvesInRange(competitor.gamePlatformId, filter, query, after);
      // The last row's position comes from the same scan (one snapshot); it is only there when the batch is full.
      const [batch] = await this.prisma.$queryRaw<CsvBatch[]>`
        SELECT string_agg(line, '' ORDER BY n) AS lines, count(*)::int AS rows,
               (array_agg(challenge_points) FILTER (WHERE n = ${batchSize}))[1] AS challenge_points,
               (array_agg(solved_at) FILTER (WHERE n = ${batchSize}))[1] AS solved_at,
               (array_agg(id) FILTER (WHERE n = ${batchSize}))[1] AS id
        FROM (
          SELECT ${CSV_LINE} AS line, challenge_points, solved_at, id, row_number() OVER (ORDER BY ${order}) AS n
          FROM game_platform_challenge_solves WHERE ${where} ORDER BY ${order} LIMIT ${batchSize}
        ) page`;
      if (batch.lines !== null) yield batch.lines;
      if (batch.rows < batchSize) return;
      after = positionOf(batch, query);
    }
  }

  async categories(filter: DashboardFilter, competitorId: string): Promise<CategoryBreakdownDto> {
    const competitor = await this.competitor(filter, competitorId);
    const rows = competitor.gamePlatformId
      ? await this.prisma.$queryRaw<{ category: string | null; solves: number; points: number; last_solved_at: Date }[]>`
          SELECT challenge_category AS category, count(*)::int AS solves, coalesce(sum(challenge_points), 0)::int AS points, max(solved_at) AS last_solved_at
          FROM game_platform_challenge_solves
          WHERE syned_user_id = ${competitor.gamePlatformId}::uuid AND solved_at >= ${filter.from} AND solved_at < ${filter.toExclusive}
          GROUP BY challenge_category ORDER BY solves DESC, category ASC NULLS LAST`
      : [];
    const totalSolves = rows.reduce((sum, row) => sum + row.solves, 0);
    return {
      competitor: competitorRef(competitor),
      totalSolves,
      categories: rows.map((row) => ({
        category: row.category,
        solves: row.solves,
        points: row.points,
        share: Math.round((row.solves / totalSolves) * 10_000) / 10_000,
        lastSolvedAt: row.last_solved_at.toISOString(),
      })),
      ...freshness(competitor, rows.length === 0, 'No solves in this period'),
    };
  }

  private read(
    synedUserId: string,
    filter: DashboardFilter,
    query: CompetitorSolvesQuery,
    limit: number,
    after: KeysetPosition | undefined,
  ): Promise<SolveRow[]> {
    const { where, order } = solvesInRange(synedUserId, filter, query, after);
    return this.prisma.$queryRaw<SolveRow[]>`
      SELECT id, challenge_solve_id, challenge_id, challenge_title, challenge_category, challenge_points, solved_at, source
      FROM game_platform_challenge_solves WHERE ${where} ORDER BY ${order} LIMIT ${limit}`;
  }
}

/** The solves of the range and category after `after`, and their order (sort key, solve time, id). */
function solvesInRange(
  synedUserId: string,
  filter: DashboardFilter,
  query: CompetitorSolvesQuery,
  after: KeysetPosition | undefined,
): { where: Prisma.Sql; order: Prisma.Sql } {
  const descending = query.order === 'desc';
  const direction = Prisma.raw(descending ? 'DESC' : 'ASC');
  const points = Prisma.sql`coalesce(challenge_points, 0)`;
  const key = query.sort === 'points' ? Prisma.sql`(${points}, solved_at, id)` : Prisma.sql`(solved_at, id)`;
  const order =
    query.sort === 'points' ? Prisma.sql`${points} ${direction}, solved_at ${direction}, id ${direction}` : Prisma.sql`solved_at ${direction}, id ${direction}`;
  const start = after ? afterPosition(key, after, query, descending) : Prisma.sql`true`;
  const category = query.category ? Prisma.sql`AND challenge_category = ${query.category}` : Prisma.empty;
  const where = Prisma.sql`syned_user_id = ${synedUserId}::uuid AND solved_at >= ${filter.from} AND solved_at < ${filter.toExclusive} ${category} AND ${start}`;
  return { where, order };
}

function afterPosition(key: Prisma.Sql, after: KeysetPosition, query: CompetitorSolvesQuery, descending: boolean): Prisma.Sql {
  const [points, solvedAt] = after.values;
  const tuple =
    query.sort === 'points'
      ? Prisma.sql`(${Number(points)}::int, ${String(solvedAt)}::timestamptz, ${after.id}::uuid)`
      : Prisma.sql`(${String(solvedAt)}::timestamptz, ${after.id}::uuid)`;
  return Prisma.sql`${key} ${Prisma.raw(descending ? '<' : '>')} ${tuple}`;
}

const cursorSort = (query: CompetitorSolvesQuery) => `solves:${query.sort}:${query.order}`;

function positionOf(row: Pick<SolveRow, 'challenge_points' | 'solved_at' | 'id'>, query: CompetitorSolvesQuery): KeysetPosition {
  return { sort: cursorSort(query), values: [row.challenge_points ?? 0, row.solved_at.toISOString()], id: row.id };
}

function toSolve(row: SolveRow): SolveRowDto {
  return {
    challengeSolveId: row.challenge_solve_id,
    challengeId: row.challenge_id,
    title: row.challenge_title,
    category: row.challenge_category,
    points: row.challenge_points,
    solvedAt: row.solved_at.toISOString(),
    source: row.source,
  };
}

function competitorRef(competitor: Competitor): CompetitorRefDto {
  return { id: competitor.id, firstName: competitor.firstName, lastName: competitor.lastName, username: competitor.username };
}

/** `lastUpdated` of one competitor: their last successful score sync or totals refresh. */
function freshness(competitor: Competitor, nothing: boolean, noneMessage: string): { lastUpdated: string | null; empty: EmptyStateDto | null } {
  const synced = competitor.lastResult === 'success' ? competitor.lastAttemptAt : null;
  const times = [synced, competitor.totalsRefreshedAt].filter((at): at is Date => at instanceof Date);
  const lastUpdated = times.length > 0 ? new Date(Math.max(...times.map((at) => at.getTime()))) : null;
  return { lastUpdated: lastUpdated?.toISOString() ?? null, empty: nothing ? emptyState(competitor, lastUpdated, noneMessage) : null };
}

function emptyState(competitor: Competitor, lastUpdated: Date | null, noneMessage: string): EmptyStateDto {
  if (!competitor.gamePlatformId)
    return { reason: 'not_on_platform', message: 'Not on the Game Platform yet: solves appear after onboarding and the first score sync' };
  if (!lastUpdated) return { reason: 'sync_pending', message: 'On the Game Platform; solves appear after the first score sync' };
  return { reason: 'no_solves', message: noneMessage };
}
