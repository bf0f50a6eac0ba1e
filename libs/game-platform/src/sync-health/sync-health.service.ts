import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PrismaService, SyncRunKind } from '@app/persistence';
import { DUE_SHARE, tierIntervalSql, tierPolicy, TIERS } from '../sync/activity-tiers';
import { syncConfig } from '../sync/sync.config';

const HOUR_MS = 60 * 60 * 1000;

export interface RunSuccessRate {
  windowHours: number;
  succeeded: number;
  failed: number;
  /** succeeded / (succeeded + failed); null when no run finished in the window. */
  rate: number | null;
}

/** Freshness of one activity tier: lag is the time since each competitor's last successful sync. */
export interface TierFreshness {
  tier: string;
  /** Target: a competitor of this tier is due this long after its last attempt. */
  intervalSeconds: number;
  competitors: number;
  neverSynced: number;
  dueNow: number;
  failing: number;
  p50LagSeconds: number | null;
  p95LagSeconds: number | null;
  maxLagSeconds: number | null;
}

/** Read-only health of the score sync, from sync runs and per-competitor sync state (dry runs excluded). */
@Injectable()
export class SyncHealthService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
  ) {}

  lastRuns(limit: number, kind?: SyncRunKind) {
    return this.prisma.gamePlatformSyncRun.findMany({ where: kind ? { kind } : {}, orderBy: { startedAt: 'desc' }, take: limit });
  }

  async runSuccessRate(windowHours: number, now = new Date()): Promise<RunSuccessRate> {
    const rows = await this.prisma.gamePlatformSyncRun.groupBy({
      by: ['status'],
      where: { dryRun: false, status: { in: ['succeeded', 'failed'] }, startedAt: { gte: new Date(now.getTime() - windowHours * HOUR_MS) } },
      _count: { _all: true },
    });
    const succeeded = rows.find((row) => row.status === 'succeeded')?._count._all ?? 0;
    const failed = rows.find((row) => row.status === 'failed')?._count._all ?? 0;
    return { windowHours, succeeded, failed, rate: succeeded + failed > 0 ? succeeded / (succeeded + failed) : null };
  }

  /** The latest finished live runs, newest first: the consecutive-failure alert reads their statuses. */
  async latestFinishedRuns(limit: number) {
    return this.prisma.gamePlatformSyncRun.findMany({
      where: { dryRun: false, status: { in: ['succeeded', 'failed'] } },
      orderBy: { startedAt: 'desc' },
      take: limit,
      select: { id: true, status: true, startedAt: true, finishedAt: true },
    });
  }

  lastSuccessfulRun() {
    return this.prisma.gamePlatformSyncRun.findFirst({
      where: { dryRun: false, status: 'succeeded' },
      orderBy: { finishedAt: 'desc' },
      select: { id: true, kind: true, finishedAt: true },
    });
  }

  /** Per-competitor outcome of the last sync attempt within the window (seed: sync success rate). */
  async competitorResults(windowHours: number, now = new Date()) {
    const rows = await this.prisma.gamePlatformSyncState.groupBy({
      by: ['lastResult'],
      where: { lastAttemptAt: { gte: new Date(now.getTime() - windowHours * HOUR_MS) } },
      _count: { _all: true },
    });
    const total = rows.reduce((sum, row) => sum + row._count._all, 0);
    return rows.map((row) => ({ result: row.lastResult, count: row._count._all, percentage: total ? Math.round((row._count._all * 1000) / total) / 10 : 0 }));
  }

  /** Competitors not (or no longer) on the platform: complete without a platform id, waiting on compliance, failed onboarding, account missing. */
  async pendingSync() {
    const [completeWithoutPlatformId, complianceWaiting, onboardingFailed, missingOnPlatform] = await Promise.all([
      this.prisma.competitor.count({ where: { status: 'complete', gamePlatformId: null } }),
      this.prisma.competitor.count({ where: { status: 'compliance', gamePlatformId: null } }),
      this.prisma.competitor.count({ where: { gamePlatformId: null, gamePlatformSyncError: { not: null } } }),
      this.prisma.gamePlatformSyncState.count({ where: { missingSince: { not: null } } }),
    ]);
    return { completeWithoutPlatformId, complianceWaiting, onboardingFailed, missingOnPlatform };
  }

  /** Competitors whose onboarding failed and has been waiting since before `olderThan`. */
  onboardingFailuresWaiting(olderThan: Date) {
    return this.prisma.competitor.findMany({
      where: { gamePlatformId: null, gamePlatformSyncError: { not: null }, updatedAt: { lt: olderThan } },
      select: { id: true, firstName: true, lastName: true, gamePlatformSyncError: true, updatedAt: true },
      orderBy: { updatedAt: 'asc' },
    });
  }

  /** Seed query "recent sync errors", with the competitor's name and whether its platform account is missing. */
  async recentErrors(windowHours: number, limit: number, now = new Date()) {
    const rows = await this.prisma.gamePlatformSyncState.findMany({
      where: { lastResult: 'failure', lastAttemptAt: { gte: new Date(now.getTime() - windowHours * HOUR_MS) } },
      orderBy: { lastAttemptAt: 'desc' },
      take: limit,
      include: { competitor: { select: { id: true, firstName: true, lastName: true } } },
    });
    return rows.map((row) => ({
      competitorId: row.competitor.id,
      firstName: row.competitor.firstName,
      lastName: row.competitor.lastName,
      synedUserId: row.synedUserId,
      errorMessage: row.errorMessage,
      lastAttemptAt: row.lastAttemptAt,
      /** missing_on_platform: repeated 404s, the platform account is gone (retried with backoff). */
      state: row.missingSince ? ('missing_on_platform' as const) : ('failing' as const),
      missingSince: row.missingSince,
    }));
  }

  /** Roster drift: memberships whose platform state is error, or still pending since before `pendingOlderThan`. */
  async rosterDrift(pendingOlderThan: Date) {
    const [errors, stalePending] = await Promise.all([
      this.prisma.teamMembership.count({ where: { remoteState: 'error' } }),
      this.prisma.teamMembership.count({ where: { remoteState: 'pending', updatedAt: { lt: pendingOlderThan } } }),
    ]);
    return { errors, stalePending };
  }

  /**
   * Competitors on the platform (not missing on it, linked longer than their tier's interval) whose
   * last successful sync is older than their tier's interval: the freshness SLA of seed 002 §20.
   */
  async pastFreshnessSla(): Promise<{ linked: number; overdue: number }> {
    const interval = tierIntervalSql(tierPolicy(this.config));
    const rows = await this.prisma.$queryRaw<{ linked: number; overdue: number }[]>`
      SELECT count(*)::int AS linked,
        count(*) FILTER (WHERE s.last_attempt_at IS NULL OR s.last_result IS DISTINCT FROM 'success'
          OR s.last_attempt_at + ${interval} < now())::int AS overdue
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE c.game_platform_id IS NOT NULL AND s.missing_since IS NULL
        AND COALESCE(c.game_platform_synced_at, c.created_at) + ${interval} < now()`;
    return rows[0];
  }

  /**
   * Lag per activity tier since each competitor's last successful sync attempt. (Not the ODL cursor:
   * that is the newest solve's time, so an inactive competitor would look stale.) Competitors on the
   * platform without sync state count as never synced, in the high tier.
   */
  async freshnessByTier(): Promise<TierFreshness[]> {
    const policy = tierPolicy(this.config);
    const rows = await this.prisma.$queryRaw<
      {
        tier: string;
        competitors: number;
        never_synced: number;
        due_now: number;
        failing: number;
        p50: number | null;
        p95: number | null;
        max: number | null;
      }[]
    >`
      SELECT COALESCE(s.activity_tier::text, 'high') AS tier,
        count(*)::int AS competitors,
        count(*) FILTER (WHERE s.last_attempt_at IS NULL)::int AS never_synced,
        count(*) FILTER (WHERE s.last_attempt_at IS NULL
          OR s.last_attempt_at + ${tierIntervalSql(policy)} * ${DUE_SHARE}::float8 <= now())::int AS due_now,
        count(*) FILTER (WHERE s.last_result = 'failure')::int AS failing,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - s.last_attempt_at))
          FILTER (WHERE s.last_result = 'success')::float8 AS p50,
        percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM now() - s.last_attempt_at))
          FILTER (WHERE s.last_result = 'success')::float8 AS p95,
        max(extract(epoch FROM now() - s.last_attempt_at)) FILTER (WHERE s.last_result = 'success')::float8 AS max
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE c.game_platform_id IS NOT NULL
      GROUP BY 1`;
    const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value));
    return TIERS.map((tier) => {
      const row = rows.find((candidate) => candidate.tier === tier);
      return {
        tier,
        intervalSeconds: policy.intervalSeconds[tier],
        competitors: row?.competitors ?? 0,
        neverSynced: row?.never_synced ?? 0,
        dueNow: row?.due_now ?? 0,
        failing: row?.failing ?? 0,
        p50LagSeconds: round(row?.p50),
        p95LagSeconds: round(row?.p95),
        maxLagSeconds: round(row?.max),
      };
    });
  }
}
