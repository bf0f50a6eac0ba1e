import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { CorrelationScope } from '@app/common';
import { databaseConfig, GamePlatformSyncRun } from '@app/persistence';
import { GamePlatformClient } from '../client';
import { forEachBounded } from './bounded-concurrency';
import { describeFailure } from './competitor-fetch';
import { SingleFlightLock } from './single-flight.lock';
import { syncConfig } from './sync.config';
import { SyncRunRepository } from './sync-run.repository';
import { TotalsRefresh, TotalsRepository } from './totals.repository';

export const TOTALS_SWEEP_LOCK = 'game_platform_totals_sweep';

export interface TotalsSweepReport {
  status: 'succeeded' | 'skipped_locked';
  runId: string | null;
  flagged: number;
  refreshed: number;
  errors: number;
  apiCalls: number;
  durationMs: number;
}

/**
 * Refreshes aggregate totals of competitors flagged by the incremental sync: one unfiltered ODL read
 * each (true totals), written to game_platform_stats; the flag is cleared only when that succeeded.
 */
@Injectable()
export class TotalsSweepService implements OnApplicationShutdown {
  private readonly logger = new Logger(TotalsSweepService.name);
  private readonly lock: SingleFlightLock;

  constructor(
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
    @Inject(databaseConfig.KEY) database: ConfigType<typeof databaseConfig>,
    private readonly client: GamePlatformClient,
    private readonly totals: TotalsRepository,
    private readonly runs: SyncRunRepository,
  ) {
    this.lock = new SingleFlightLock(database.DATABASE_URL);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lock.close();
  }

  async run(request: { batchSize?: number }, jobId: string): Promise<TotalsSweepReport> {
    const batchSize = request.batchSize ?? this.config.GAME_PLATFORM_TOTALS_SWEEP_BATCH_SIZE;
    const lock = await this.lock.acquire(TOTALS_SWEEP_LOCK, this.config.GAME_PLATFORM_SYNC_LOCK_WAIT_MS);
    if (!lock) {
      this.logger.warn({ msg: 'totals sweep skipped: another sweep kept the lock' });
      return { status: 'skipped_locked', runId: null, flagged: 0, refreshed: 0, errors: 0, apiCalls: 0, durationMs: 0 };
    }
    try {
      const run = await this.runs.startOrResume({ kind: 'totals_sweep', jobId, dryRun: false, coachId: null, batchSize });
      await this.runs.markInterrupted('totals_sweep', run.id);
      return await CorrelationScope.run({ runId: run.id }, () => this.sweep(run, batchSize));
    } finally {
      await lock.release();
    }
  }

  private async sweep(run: GamePlatformSyncRun, batchSize: number): Promise<TotalsSweepReport> {
    const started = Date.now();
    const client = this.client.withContext({ jobId: run.jobId ?? undefined, runId: run.id });
    try {
      const flagged = await this.totals.flagged(batchSize);
      const readStartedAt = new Date();
      const refreshed: TotalsRefresh[] = [];
      const failures: { competitorId: string; error: string }[] = [];
      await forEachBounded(flagged, this.config.GAME_PLATFORM_SYNC_CONCURRENCY, async (competitor) => {
        try {
          const scores = await client.withContext({ competitorId: competitor.competitorId }).getOdlScores({ synedUserId: competitor.synedUserId });
          refreshed.push({ competitor, scores });
        } catch (error) {
          failures.push({ competitorId: competitor.competitorId, error: describeFailure(error) });
        }
      });
      await this.totals.store(refreshed, readStartedAt);
      await this.totals.touchFailed(flagged.filter((f) => failures.some((x) => x.competitorId === f.competitorId)).map((f) => f.synedUserId));
      const durationMs = Date.now() - started;
      await this.runs.finish(run.id, 'succeeded', durationMs, {
        competitorsTotal: flagged.length,
        competitorsProcessed: flagged.length,
        competitorsWithNewData: refreshed.length,
        competitorsSkipped: 0,
        errorCount: failures.length,
        apiCallCount: client.callCount,
        errorDetails: failures.length > 0 ? { failures: failures.slice(0, 100) } : null,
      });
      const report: TotalsSweepReport = {
        status: 'succeeded',
        runId: run.id,
        flagged: flagged.length,
        refreshed: refreshed.length,
        errors: failures.length,
        apiCalls: client.callCount,
        durationMs,
      };
      this.logger.log({ msg: 'totals sweep finished', ...report });
      return report;
    } catch (error) {
      await this.runs
        .finish(run.id, 'failed', Date.now() - started, { apiCallCount: client.callCount, errorDetails: { error: describeFailure(error) } })
        .catch(() => undefined);
      throw error;
    }
  }
}
