import { Prisma } from '@app/persistence';

type Db = Prisma.TransactionClient;
type Executor = Pick<Prisma.TransactionClient, '$executeRaw'>;

export interface AccessSeen {
  synedUserId: string;
  accessedUnix: number | null;
}

/**
 * Marks the UTC day of each reported platform access in competitor_daily_activity. The vendor only
 * reports the latest access, which the stats overwrite; this keeps the day for trends. Idempotent.
 */
export async function recordAccessDays(db: Db, seen: AccessSeen[]): Promise<void> {
  const known = seen.filter((s): s is { synedUserId: string; accessedUnix: number } => s.accessedUnix !== null);
  if (known.length === 0) return;
  await db.$executeRaw`
    INSERT INTO competitor_daily_activity AS d (syned_user_id, day, accessed)
    SELECT DISTINCT u, (to_timestamp(ts) AT TIME ZONE 'UTC')::date, true
    FROM unnest(${known.map((s) => s.synedUserId)}::uuid[], ${known.map((s) => s.accessedUnix)}::float8[]) AS t(u, ts)
    ORDER BY 1, 2
    ON CONFLICT (syned_user_id, day) DO UPDATE SET accessed = true WHERE NOT d.accessed`;
}

/**
 * Folds the per-scope rollup deltas that triggers appended for the daily rows written (ADR 0033).
 * Called after a write's transaction commits, never inside it: the fold locks the rows it merges,
 * and the sync's own writes only ever append. Concurrent callers return at once.
 */
export async function compactActivityRollups(db: Executor): Promise<void> {
  await db.$executeRaw`SELECT compact_activity_rollups()`;
}
