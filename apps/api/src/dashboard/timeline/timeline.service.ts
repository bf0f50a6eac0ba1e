import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { dashboardAnswer } from '../dashboard-answer';
import { competitorScopeSql, DashboardFilter, platformUserScopeSql } from '../dashboard-filter.query';
import { DAY_MS, rangeDays, utcDayText } from '../day-series';
import { teamEditsSql } from './team-edits';
import { TimelineBucket, TimelineDto, TimelinePointDto } from './timeline.dto';

type Series = Exclude<keyof TimelinePointDto, 'start' | 'days'>;
type BucketCount = { bucket: string; n: number };

/** The activity timeline: per day or week, counts of each kind of platform event. */
@Injectable()
export class TimelineService {
  constructor(private readonly prisma: PrismaService) {}

  async timeline(filter: DashboardFilter, bucket: TimelineBucket): Promise<TimelineDto> {
    const of = (day: Prisma.Sql) =>
      bucket === 'week' ? Prisma.sql`to_char(date_trunc('week', (${day})::timestamp)::date, 'YYYY-MM-DD')` : Prisma.sql`to_char(${day}, 'YYYY-MM-DD')`;
    const utc = (at: Prisma.Sql) => Prisma.sql`(${at} AT TIME ZONE 'UTC')::date`;
    const scope = competitorScopeSql(filter);
    const users = (table: string) => platformUserScopeSql(filter, `${table}.syned_user_id`);
    const fromDay = utcDayText(filter.from);
    const toDay = utcDayText(filter.toExclusive);
    const count = (sql: Prisma.Sql) => this.prisma.$queryRaw<BucketCount[]>(sql);

    const series: Record<Series, Promise<BucketCount[]>> = {
      registrations: count(Prisma.sql`
        SELECT ${of(Prisma.sql`r.day`)} AS bucket, sum(r.registered)::int AS n
        FROM scope_daily_roster r
        WHERE ${competitorScopeSql(filter, 'r')} AND r.day >= ${fromDay}::date AND r.day < ${toDay}::date GROUP BY 1 HAVING sum(r.registered) <> 0`),
      onboardings: count(Prisma.sql`
        SELECT ${of(utc(Prisma.sql`c.game_platform_synced_at`))} AS bucket, count(*)::int AS n FROM competitors c
        WHERE ${scope} AND c.game_platform_id IS NOT NULL AND c.game_platform_synced_at >= ${filter.from} AND c.game_platform_synced_at < ${filter.toExclusive} GROUP BY 1`),
      teamEdits: count(Prisma.sql`SELECT ${of(utc(Prisma.sql`a.at`))} AS bucket, count(*)::int AS n FROM ${teamEditsSql(filter)} GROUP BY 1`),
      challengeSolves: count(Prisma.sql`
        SELECT ${of(Prisma.sql`r.day`)} AS bucket, sum(r.solves)::int AS n
        FROM scope_daily_activity r
        WHERE ${competitorScopeSql(filter, 'r')} AND r.day >= ${fromDay}::date AND r.day < ${toDay}::date GROUP BY 1 HAVING sum(r.solves) > 0`),
      competitorsOnStreak: count(
        bucket === 'day'
          ? Prisma.sql`
        SELECT ${of(Prisma.sql`r.day`)} AS bucket, sum(r.on_streak)::int AS n
        FROM scope_daily_activity r
        WHERE ${competitorScopeSql(filter, 'r')} AND r.day >= ${fromDay}::date AND r.day < ${toDay}::date GROUP BY 1 HAVING sum(r.on_streak) > 0`
          : Prisma.sql`
        SELECT ${of(Prisma.sql`d.day`)} AS bucket, count(DISTINCT d.syned_user_id)::int AS n
        FROM competitor_daily_activity d
        WHERE ${users('d')} AND d.streak AND d.day >= ${fromDay}::date AND d.day < ${toDay}::date GROUP BY 1`,
      ),
      flashCtfParticipants: count(Prisma.sql`
        SELECT ${of(utc(Prisma.sql`e.started_at`))} AS bucket, count(DISTINCT e.syned_user_id)::int AS n
        FROM game_platform_flash_ctf_events e
        WHERE ${users('e')} AND e.challenges_solved > 0 AND e.started_at >= ${filter.from} AND e.started_at < ${filter.toExclusive} GROUP BY 1`),
    };
    const names = Object.keys(series) as Series[];
    const results = await Promise.all(names.map((name) => series[name]));
    const points = new Map(bucketsOf(filter, bucket).map(({ start, days }) => [start, { start, days, ...zeros(names) }]));
    names.forEach((name, index) => {
      for (const row of results[index]) {
        const point = points.get(row.bucket);
        if (point) point[name] = row.n;
      }
    });
    const anyEvent = results.some((rows) => rows.length > 0);
    return { ...(await dashboardAnswer(this.prisma, filter, anyEvent, 'no_solves_yet')), bucket, points: [...points.values()] };
  }
}

/** The buckets covering the range: each day, or each ISO week (keyed by its Monday) with the range days it holds. */
function bucketsOf(filter: DashboardFilter, bucket: TimelineBucket): { start: string; days: number }[] {
  const days = rangeDays(filter.from, filter.toExclusive);
  if (bucket === 'day') return days.map((start) => ({ start, days: 1 }));
  const weeks = new Map<string, number>();
  for (const day of days) {
    const at = new Date(`${day}T00:00:00Z`);
    const monday = utcDayText(new Date(at.getTime() - ((at.getUTCDay() + 6) % 7) * DAY_MS));
    weeks.set(monday, (weeks.get(monday) ?? 0) + 1);
  }
  return [...weeks].map(([start, count]) => ({ start, days: count }));
}

function zeros(names: Series[]): Record<Series, number> {
  return Object.fromEntries(names.map((name) => [name, 0])) as Record<Series, number>;
}
