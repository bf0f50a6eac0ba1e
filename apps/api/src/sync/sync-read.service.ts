import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DUE_SHARE, syncConfig, tierIntervalSql, tierPolicy, TIERS } from '@app/game-platform';
import { PrismaService } from '@app/persistence';

export interface TierFreshness {
  tier: string;
  /** Target: a competitor of this tier is due this long after its last attempt. */
  intervalSeconds: number;
  competitors: number;
  neverSynced: number;
  dueNow: number;
  failing: number;
  /** Seconds since the last successful sync, over competitors synced at least once. */
  avgLagSeconds: number | null;
  p95LagSeconds: number | null;
  maxLagSeconds: number | null;
}

/** Run telemetry and freshness, read from PostgreSQL only. */
@Injectable()
export class SyncReadService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
  ) {}

  recentRuns(limit: number, kind?: 'incremental' | 'totals_sweep') {
    return this.prisma.gamePlatformSyncRun.findMany({ where: kind ? { kind } : {}, orderBy: { startedAt: 'desc' }, take: limit });
  }

  /** Lag per activity tier since each competitor's last successful sync (never-synced competitors count as high). */
  async freshness(): Promise<TierFreshness[]> {
    const policy = tierPolicy(this.config);
    const rows = await this.prisma.$queryRaw<
      { tier: string; competitors: number; never_synced: number; due_now: number; failing: number; avg: number | null; p95: number | null; max: number | null }[]
    >`
      SELECT COALESCE(s.activity_tier::text, 'high') AS tier,
        count(*)::int AS competitors,
        count(*) FILTER (WHERE s.last_attempt_at IS NULL)::int AS never_synced,
        count(*) FILTER (WHERE s.last_attempt_at IS NULL
          OR s.last_attempt_at + ${tierIntervalSql(policy)} * ${DUE_SHARE}::float8 <= now())::int AS due_now,
        count(*) FILTER (WHERE s.last_result = 'failure')::int AS failing,
        avg(extract(epoch FROM now() - s.last_attempt_at)) FILTER (WHERE s.last_result = 'success')::float8 AS avg,
        percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM now() - s.last_attempt_at))
          FILTER (WHERE s.last_result = 'success')::float8 AS p95,
        max(extract(epoch FROM now() - s.last_attempt_at)) FILTER (WHERE s.last_result = 'success')::float8 AS max
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE c.game_platform_id IS NOT NULL
      GROUP BY 1`;
    const round = (value: number | null) => (value === null ? null : Math.round(value));
    return TIERS.map((tier) => {
      const row = rows.find((r) => r.tier === tier);
      return {
        tier,
        intervalSeconds: policy.intervalSeconds[tier],
        competitors: row?.competitors ?? 0,
        neverSynced: row?.never_synced ?? 0,
        dueNow: row?.due_now ?? 0,
        failing: row?.failing ?? 0,
        avgLagSeconds: round(row?.avg ?? null),
        p95LagSeconds: round(row?.p95 ?? null),
        maxLagSeconds: round(row?.max ?? null),
      };
    });
  }
}
