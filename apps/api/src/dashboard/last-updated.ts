import { Prisma } from '@app/persistence';
import { competitorScopeSql, DashboardFilter } from './dashboard-filter.query';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * When the data a dashboard read shows was last synced: the latest successful score sync or totals
 * refresh of any competitor the filter covers (coach and division; the date range does not matter,
 * a sync refreshes every day it touched). Null when none of them has been synced yet.
 */
export async function lastUpdated(db: Db, filter: Pick<DashboardFilter, 'coachId' | 'division'>): Promise<Date | null> {
  const scope = competitorScopeSql(filter);
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT GREATEST(
      (SELECT max(s.last_attempt_at) FROM game_platform_sync_state s JOIN competitors c ON c.game_platform_id = s.syned_user_id
        WHERE s.last_result = 'success' AND ${scope}),
      (SELECT max(st.refreshed_at) FROM game_platform_stats st JOIN competitors c ON c.id = st.competitor_id WHERE ${scope})
    ) AS at`;
  return row?.at ?? null;
}
