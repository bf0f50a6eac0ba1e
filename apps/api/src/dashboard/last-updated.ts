import { Prisma } from '@app/persistence';
import { competitorScopeSql, DashboardFilter } from './dashboard-filter.query';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * When the data a dashboard read shows was last synced: the latest successful score sync or totals
 * refresh of any competitor the filter covers (coach and division; the date range does not matter,
 * a sync refreshes every day it touched). Null when none of them has been synced yet.
 */
export async function lastUpdated(db: Db, filter: Pick<DashboardFilter, 'coachId' | 'division'>): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT GREATEST(
      (SELECT max(s.last_attempt_at) FROM ${scopedTo(filter, Prisma.sql`game_platform_sync_state s`, Prisma.sql`c.game_platform_id = s.syned_user_id`)}
        AND s.last_result = 'success'),
      (SELECT max(st.refreshed_at) FROM ${scopedTo(filter, Prisma.sql`game_platform_stats st`, Prisma.sql`c.id = st.competitor_id`)})
    ) AS at`;
  return row?.at ?? null;
}

/**
 * `table WHERE …` limited to the filter's competitors. Over everyone the join is left out: both
 * tables' foreign keys already guarantee a competitor, and without it max() is one index probe.
 */
function scopedTo(filter: Pick<DashboardFilter, 'coachId' | 'division'>, table: Prisma.Sql, join: Prisma.Sql): Prisma.Sql {
  if (!filter.coachId && !filter.division) return Prisma.sql`${table} WHERE true`;
  return Prisma.sql`${table} JOIN competitors c ON ${join} WHERE ${competitorScopeSql(filter)}`;
}
