import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { dashboardAnswer } from '../dashboard-answer';
import { competitorScopeSql, DashboardFilter, platformUserScopeSql, previousPeriod } from '../dashboard-filter.query';
import { rangeDays, runningTotals, utcDayText } from '../day-series';
import { DashboardOverviewDto, KpiCardDto } from './overview.dto';

interface DayCount {
  day: string;
  n: number;
}

interface PeriodCounts {
  current: number;
  previous: number;
}

/**
 * The five KPI cards. Each reads the range and the period before it in one pass over per-day rows
 * (scope_daily_activity, scope_daily_roster, Flash CTF results), never over solves nor competitors
 * ("Active on Platform" excepted: one small bitmap row per competitor, ADR 0030).
 * Definitions: docs/dashboard.md.
 */
@Injectable()
export class OverviewService {
  constructor(private readonly prisma: PrismaService) {}

  async overview(filter: DashboardFilter): Promise<DashboardOverviewDto> {
    const before = previousPeriod(filter);
    const days = rangeDays(filter.from, filter.toExclusive);
    const [activity, activeCompetitors, roster, flash, flashParticipants, anySolve] = await Promise.all([
      this.dailyActivity(filter, before),
      this.distinctActive(filter, before),
      this.rosterByDay(filter),
      this.flashParticipantsByDay(filter, before),
      this.distinctFlashParticipants(filter, before),
      this.anySolve(filter),
    ]);
    const inRange = (rows: DayCount[]) => rows.filter((row) => row.day >= days[0]);
    const sumOf = (rows: DayCount[]) => rows.reduce((total, row) => total + row.n, 0);
    const daily = (rows: DayCount[]) => {
      const byDay = new Map(rows.map((row) => [row.day, row.n]));
      return days.map((day) => byDay.get(day) ?? 0);
    };
    /** Totals as of each day's end, and as of the end of the period before. */
    const cumulative = (rows: DayCount[]): [number[], number] => [runningTotals(rows, days), sumOf(rows.filter((row) => row.day < days[0]))];
    const solves = activity.map(({ day, solves }) => ({ day, n: solves }));
    const active = activity.map(({ day, active }) => ({ day, n: active }));
    const [registered, registeredBefore] = cumulative(roster.map(({ day, registered }) => ({ day, n: registered })));
    const [enrolled, enrolledBefore] = cumulative(roster.map(({ day, enrolled }) => ({ day, n: enrolled })));

    return {
      ...(await dashboardAnswer(this.prisma, filter, anySolve, 'no_solves_yet')),
      kpis: {
        activeOnPlatform: card(activeCompetitors, days, daily(active)),
        registeredCompetitors: card({ current: registered[registered.length - 1], previous: registeredBefore }, days, registered),
        teamEnrollment: card({ current: enrolled[enrolled.length - 1], previous: enrolledBefore }, days, enrolled),
        totalChallengesSolved: card({ current: sumOf(inRange(solves)), previous: sumOf(solves) - sumOf(inRange(solves)) }, days, daily(solves)),
        monthlyCtfParticipation: card(flashParticipants, days, daily(flash)),
      },
    };
  }

  /** Per day of both periods: solves, and competitors active (a solve or a platform access), from the per-scope rollups. */
  private dailyActivity(filter: DashboardFilter, before: DashboardFilter) {
    return this.prisma.$queryRaw<{ day: string; solves: number; active: number }[]>`
      SELECT to_char(r.day, 'YYYY-MM-DD') AS day, sum(r.solves)::int AS solves, sum(r.active)::int AS active
      FROM scope_daily_activity r
      WHERE ${competitorScopeSql(filter, 'r')} AND r.day >= ${utcDayText(before.from)}::date AND r.day < ${utcDayText(filter.toExclusive)}::date
      GROUP BY r.day`;
  }

  /**
   * Competitors active on at least one day of each period: one bit test per competitor on its
   * active-day bitmap (competitor_active_days, ADR 0030). `substring` clips a window that starts
   * before the first active day or ends after the last one, so no bounds arithmetic is needed.
   */
  private async distinctActive(filter: DashboardFilter, before: DashboardFilter): Promise<PeriodCounts> {
    const activeIn = (period: DashboardFilter) => {
      const from = utcDayText(period.from);
      return Prisma.sql`position(B'1' IN substring(a.days FROM (${from}::date - a.first_day) + 1 FOR ${utcDayText(period.toExclusive)}::date - ${from}::date)) > 0`;
    };
    const [row] = await this.prisma.$queryRaw<PeriodCounts[]>`
      SELECT count(*) FILTER (WHERE ${activeIn(filter)})::int AS current, count(*) FILTER (WHERE ${activeIn(before)})::int AS previous
      FROM competitor_active_days a
      WHERE ${platformUserScopeSql(filter, 'a.syned_user_id')} AND a.first_day < ${utcDayText(filter.toExclusive)}::date`;
    return row;
  }

  /**
   * Competitors registered and team memberships made per UTC day of the range, from the per-scope
   * roster rollup (ADR 0036); every earlier day is summed into the day before the range, which is
   * all the cumulative cards need of the history.
   */
  private rosterByDay(filter: DashboardFilter) {
    const from = utcDayText(filter.from);
    return this.prisma.$queryRaw<{ day: string; registered: number; enrolled: number }[]>`
      SELECT to_char(GREATEST(r.day, ${from}::date - 1), 'YYYY-MM-DD') AS day, sum(r.registered)::int AS registered, sum(r.enrolled)::int AS enrolled
      FROM scope_daily_roster r
      WHERE ${competitorScopeSql(filter, 'r')} AND r.day < ${utcDayText(filter.toExclusive)}::date
      GROUP BY 1`;
  }

  /** Competitors who solved at least one challenge of a Flash CTF event that started that UTC day. */
  private flashParticipantsByDay(filter: DashboardFilter, before: DashboardFilter) {
    return this.prisma.$queryRaw<DayCount[]>`
      SELECT to_char((e.started_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, count(DISTINCT e.syned_user_id)::int AS n
      FROM game_platform_flash_ctf_events e
      WHERE ${platformUserScopeSql(filter, 'e.syned_user_id')} AND e.challenges_solved > 0 AND e.started_at >= ${before.from} AND e.started_at < ${filter.toExclusive}
      GROUP BY 1`;
  }

  private async distinctFlashParticipants(filter: DashboardFilter, before: DashboardFilter): Promise<PeriodCounts> {
    const [row] = await this.prisma.$queryRaw<PeriodCounts[]>`
      SELECT count(DISTINCT e.syned_user_id) FILTER (WHERE e.started_at >= ${filter.from})::int AS current,
             count(DISTINCT e.syned_user_id) FILTER (WHERE e.started_at < ${filter.from})::int AS previous
      FROM game_platform_flash_ctf_events e
      WHERE ${platformUserScopeSql(filter, 'e.syned_user_id')} AND e.challenges_solved > 0 AND e.started_at >= ${before.from} AND e.started_at < ${filter.toExclusive}`;
    return row;
  }

  private async anySolve(filter: DashboardFilter): Promise<boolean> {
    const [row] = await this.prisma.$queryRaw<{ any: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM competitor_daily_activity d WHERE ${platformUserScopeSql(filter, 'd.syned_user_id')} AND d.solves > 0) AS any`;
    return row.any;
  }
}

function card({ current, previous }: PeriodCounts, days: string[], values: number[]): KpiCardDto {
  const delta = current - previous;
  return {
    value: current,
    previous,
    delta,
    deltaPct: previous === 0 ? null : Math.round((delta / previous) * 1000) / 10,
    sparkline: days.map((day, index) => ({ day, value: values[index] })),
  };
}
