import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';

const HOUR_MS = 60 * 60 * 1000;

export interface RunSuccessRate {
  windowHours: number;
  succeeded: number;
  failed: number;
  /** succeeded / (succeeded + failed); null when no run finished in the window. */
  rate: number | null;
}

export interface TierLag {
  tier: string;
  competitors: number;
  neverSynced: number;
  p50Seconds: number | null;
  p95Seconds: number | null;
  maxSeconds: number | null;
}

/** Read-only health of the score sync, from sync runs and per-competitor sync state (dry runs excluded). */
@Injectable()
export class SyncHealthService {
  constructor(private readonly prisma: PrismaService) {}

  lastRuns(limit: number) {
    return this.prisma.gamePlatformSyncRun.findMany({ orderBy: { startedAt: 'desc' }, take: limit });
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

  /** Competitors not yet on the platform: complete without a platform id, waiting on compliance, or failed onboarding. */
  async pendingSync() {
    const [completeWithoutPlatformId, complianceWaiting, onboardingFailed] = await Promise.all([
      this.prisma.competitor.count({ where: { status: 'complete', gamePlatformId: null } }),
      this.prisma.competitor.count({ where: { status: 'compliance', gamePlatformId: null } }),
      this.prisma.competitor.count({ where: { gamePlatformId: null, gamePlatformSyncError: { not: null } } }),
    ]);
    return { completeWithoutPlatformId, complianceWaiting, onboardingFailed };
  }

  /** Competitors whose onboarding failed and has been waiting since before `olderThan`. */
  onboardingFailuresWaiting(olderThan: Date) {
    return this.prisma.competitor.findMany({
      where: { gamePlatformId: null, gamePlatformSyncError: { not: null }, updatedAt: { lt: olderThan } },
      select: { id: true, firstName: true, lastName: true, gamePlatformSyncError: true, updatedAt: true },
      orderBy: { updatedAt: 'asc' },
    });
  }

  /** Seed query "recent sync errors", with the competitor's name. */
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

  /** How old each competitor's incremental data is, per activity tier (never-synced ones counted apart). */
  async freshnessLagByTier(now = new Date()): Promise<TierLag[]> {
    const rows = await this.prisma.$queryRaw<
      { tier: string; competitors: bigint; never_synced: bigint; p50: number | null; p95: number | null; max: number | null }[]
    >(Prisma.sql`
      SELECT activity_tier::text AS tier,
             count(*) AS competitors,
             count(*) FILTER (WHERE last_odl_synced_at IS NULL) AS never_synced,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${now}::timestamptz - last_odl_synced_at)) AS p50,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM ${now}::timestamptz - last_odl_synced_at)) AS p95,
             max(extract(epoch FROM ${now}::timestamptz - last_odl_synced_at))::float8 AS max
        FROM game_platform_sync_state
       GROUP BY activity_tier
       ORDER BY activity_tier`);
    return rows.map((row) => ({
      tier: row.tier,
      competitors: Number(row.competitors),
      neverSynced: Number(row.never_synced),
      p50Seconds: row.p50 === null ? null : Math.round(row.p50),
      p95Seconds: row.p95 === null ? null : Math.round(row.p95),
      maxSeconds: row.max === null ? null : Math.round(row.max),
    }));
  }
}
