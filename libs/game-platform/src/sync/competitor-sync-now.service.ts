import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { GamePlatformClient } from '../client';
import { tierPolicy } from './activity-tiers';
import { BatchSelectionRepository, toSyncTarget } from './batch-selection.repository';
import { BatchPipeline } from './batch-pipeline';
import { syncConfig } from './sync.config';
import { SyncWriteRepository } from './sync-write.repository';

export interface CompetitorSyncNowReport {
  outcome: 'new_data' | 'no_new_data' | 'failed' | 'not_on_platform';
  newSolves: number;
  error: string | null;
}

/**
 * "Sync this competitor now": the same reads and writes as a sync run (ODL solves from the cursor,
 * Flash CTF progress, totals flag, sync state) for one competitor, outside the rotation and without a
 * run row. The outcome lands in the competitor's sync state, which the competitor view shows.
 */
@Injectable()
export class CompetitorSyncNow {
  constructor(
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
    private readonly client: GamePlatformClient,
    private readonly selection: BatchSelectionRepository,
    private readonly writes: SyncWriteRepository,
  ) {}

  async sync(competitorId: string, jobId: string): Promise<CompetitorSyncNowReport> {
    const candidate = await this.selection.one(competitorId);
    if (!candidate) return { outcome: 'not_on_platform', newSolves: 0, error: null };
    const pipeline = new BatchPipeline(this.client.withContext({ jobId, competitorId }), this.writes, {
      concurrency: 1,
      overlapSeconds: this.config.GAME_PLATFORM_SYNC_OVERLAP_SECONDS,
      dryRun: false,
      policy: tierPolicy(this.config),
      // No run row to count into: the outcome lives in the competitor's sync state.
      recordProgress: async () => undefined,
    });
    // A manual sync always reads Flash CTF progress too.
    const tally = await pipeline.run(
      [toSyncTarget(candidate)],
      Promise.resolve(() => true),
    );
    if (tally.errors > 0) return { outcome: 'failed', newSolves: 0, error: tally.failures[0]?.error ?? null };
    return { outcome: tally.synced > 0 ? 'new_data' : 'no_new_data', newSolves: tally.newSolves, error: null };
  }
}
