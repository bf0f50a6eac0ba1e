import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { dashboardAnswer } from '../dashboard-answer';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { ChartGroup, FlashCtfChartDto, FlashCtfChartQuery, FlashCtfEventDto, FlashCtfSeriesDto } from './flash-ctf-chart.dto';

/**
 * Id and label of a series per grouping of several competitors; teams group their current members
 * (competitors without a team are left out). The competitor grouping has a query of its own.
 */
const GROUPS: Record<Exclude<ChartGroup, 'competitor'>, { id: Prisma.Sql; name: Prisma.Sql; where: Prisma.Sql }> = {
  team: { id: Prisma.sql`t.id::text`, name: Prisma.sql`t.name`, where: Prisma.sql`t.id IS NOT NULL` },
  coach: { id: Prisma.sql`co.id::text`, name: Prisma.sql`co.first_name || ' ' || co.last_name`, where: Prisma.sql`true` },
};

interface GroupEventRow {
  gid: string;
  gname: string;
  eventId: string;
  challenges: number;
  score: number;
  total: number;
  groups: number;
}

/** The Monthly CTF chart: Flash CTF results per event, per competitor, team or coach. Reads one row per result. */
@Injectable()
export class FlashCtfChartService {
  constructor(private readonly prisma: PrismaService) {}

  async chart(filter: DashboardFilter, query: FlashCtfChartQuery): Promise<FlashCtfChartDto> {
    const [events, rows] = await Promise.all([this.events(filter), this.groupResults(filter, query)]);
    const series = new Map<string, FlashCtfSeriesDto & { byEvent: Map<string, GroupEventRow> }>();
    for (const row of rows) {
      const entry = series.get(row.gid) ?? { id: row.gid, name: row.gname, values: [], total: row.total, byEvent: new Map() };
      entry.byEvent.set(row.eventId, row);
      series.set(row.gid, entry);
    }
    const shaped = [...series.values()].map(({ byEvent, ...entry }) => {
      let running = 0;
      const values = events.map((event) => {
        const result = byEvent.get(event.eventId);
        if (query.mode === 'absolute') return result ? result.score : null;
        running += result?.challenges ?? 0;
        return running;
      });
      return { ...entry, values };
    });
    return {
      ...(await dashboardAnswer(this.prisma, filter, events.length > 0, 'no_flash_ctf_yet')),
      mode: query.mode,
      groupBy: query.groupBy,
      events,
      series: shaped,
      totalSeries: rows[0]?.groups ?? 0,
    };
  }

  private events(filter: DashboardFilter): Promise<FlashCtfEventDto[]> {
    return this.prisma.$queryRaw<FlashCtfEventDto[]>`
      SELECT e.event_id AS "eventId", min(e.name) AS name, min(e.started_at) AS "startedAt", max(e.ended_at) AS "endedAt",
             count(*) FILTER (WHERE e.challenges_solved > 0)::int AS participants
      FROM ${resultsOf(filter)} AND e.started_at >= ${filter.from} AND e.started_at < ${filter.toExclusive}
      GROUP BY e.event_id ORDER BY min(e.started_at), e.event_id`;
  }

  /** Per group and event: challenges and score summed, for the leading `limit` groups only. */
  private groupResults(filter: DashboardFilter, query: FlashCtfChartQuery): Promise<GroupEventRow[]> {
    if (query.groupBy === 'competitor') return this.competitorResults(filter, query);
    const group = GROUPS[query.groupBy];
    const rankBy = query.mode === 'pace' ? Prisma.sql`sum(challenges)` : Prisma.sql`sum(score)`;
    return this.prisma.$queryRaw<GroupEventRow[]>`
      WITH per AS (
        SELECT ${group.id} AS gid, ${group.name} AS gname, e.event_id, sum(e.challenges_solved)::int AS challenges, sum(e.score)::int AS score
        FROM game_platform_flash_ctf_events e
        JOIN competitors c ON c.game_platform_id = e.syned_user_id
        JOIN coaches co ON co.id = c.coach_id
        LEFT JOIN team_memberships m ON m.competitor_id = c.id
        LEFT JOIN teams t ON t.id = m.team_id
        WHERE ${competitorScopeSql(filter)} AND ${group.where} AND e.started_at >= ${filter.from} AND e.started_at < ${filter.toExclusive}
        GROUP BY 1, 2, 3
      ), ranked AS (
        SELECT gid, ${rankBy}::int AS total, (count(*) OVER ())::int AS groups
        FROM per GROUP BY gid, gname ORDER BY 2 DESC, gname, gid LIMIT ${query.limit}
      )
      SELECT p.gid, p.gname, p.event_id AS "eventId", p.challenges, p.score, l.total, l.groups
      FROM per p JOIN ranked l ON l.gid = p.gid
      ORDER BY l.total DESC, p.gname, p.gid`;
  }

  /**
   * The competitor grouping, which the generic query pays a join of every participant with
   * competitors, coaches and teams for: a result row is already one competitor and event, so the
   * totals are ranked on the results alone, and only the competitors tied with or above the
   * `limit`-th total are joined for their names (the tie-break), never every participant.
   */
  private competitorResults(filter: DashboardFilter, query: FlashCtfChartQuery): Promise<GroupEventRow[]> {
    const rankBy = query.mode === 'pace' ? Prisma.sql`sum(challenges)` : Prisma.sql`sum(score)`;
    return this.prisma.$queryRaw<GroupEventRow[]>`
      WITH per AS (
        SELECT e.syned_user_id AS u, e.event_id, e.challenges_solved AS challenges, e.score
        FROM ${resultsOf(filter)} AND e.started_at >= ${filter.from} AND e.started_at < ${filter.toExclusive}
      ), totals AS (
        SELECT u, ${rankBy}::int AS total, (count(*) OVER ())::int AS groups FROM per GROUP BY u
      ), ranked AS (
        SELECT c.id::text AS gid, c.first_name || ' ' || c.last_name AS gname, t.u, t.total, t.groups
        FROM totals t JOIN competitors c ON c.game_platform_id = t.u
        WHERE t.total >= (SELECT min(total) FROM (SELECT total FROM totals ORDER BY total DESC LIMIT ${query.limit}) top_totals)
        ORDER BY t.total DESC, gname, gid LIMIT ${query.limit}
      )
      SELECT l.gid, l.gname, p.event_id AS "eventId", p.challenges, p.score, l.total, l.groups
      FROM per p JOIN ranked l ON l.u = p.u
      ORDER BY l.total DESC, l.gname, l.gid`;
  }
}

/**
 * `game_platform_flash_ctf_events e … WHERE` the filter's competitors: over everyone without a join
 * (the foreign key already guarantees a competitor), for a coach or division joined to theirs.
 */
function resultsOf(filter: DashboardFilter): Prisma.Sql {
  const join = filter.coachId || filter.division ? Prisma.sql`JOIN competitors c ON c.game_platform_id = e.syned_user_id` : Prisma.empty;
  return Prisma.sql`game_platform_flash_ctf_events e ${join} WHERE ${competitorScopeSql(filter)}`;
}
