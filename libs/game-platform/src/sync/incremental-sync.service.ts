import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { CorrelationScope } from '@app/common';
import { databaseConfig, GamePlatformSyncRun } from '@app/persistence';
import { GamePlatformClient } from '../client';
import { tierPolicy, TierPolicy } from './activity-tiers';
import { BatchSelectionRepository, Candidate, RotationPosition, toSyncTarget } from './batch-selection.repository';
import { BatchPipeline, BatchTally } from './batch-pipeline';
import { describeFailure } from './competitor-fetch';
import { FlashDetection, flashDetectionJson, FlashRunSummary } from './flash-detection';
import { RosterDrift, RosterDriftCheck } from './roster-drift';
import { SingleFlightLock } from './single-flight.lock';
import { syncConfig } from './sync.config';
import { SyncRunRepository } from './sync-run.repository';
import { SyncWriteRepository } from './sync-write.repository';

export const INCREMENTAL_SYNC_LOCK = 'game_platform_sync';
/** Failures listed on a run row; the count is always complete. */
const MAX_LISTED_FAILURES = 100;

export interface SyncRunRequest {
  dryRun?: boolean;
  coachId?: string;
}

export interface SyncRunReport {
  status: 'succeeded' | 'skipped_locked';
  runId: string | null;
  dryRun: boolean;
  coachId: string | null;
  cycleId: string | null;
  batchNumber: number;
  totalBatches: number;
  /** Competitors this run synced (seed §21: total = synced + skipped + errors). */
  total: number;
  synced: number;
  skipped: number;
  errors: number;
  newSolves: number;
  apiCalls: number;
  flash: { newEventIds: string[]; windowOpen: boolean; competitorsFlashSynced: number; detection: FlashRunSummary | null };
  rosterDriftCount: number | null;
  durationMs: number;
}

interface Plan {
  position: RotationPosition | null;
  totalBatches: number;
  candidates: Candidate[];
}

/**
 * One run of the incremental score sync: single-flight across processes, one batch of the rotation
 * (or every competitor of one coach), a Flash CTF sentinel check, a roster drift check (and repair)
 * once per cycle, and a telemetry row.
 */
@Injectable()
export class IncrementalSyncService implements OnApplicationShutdown {
  private readonly logger = new Logger(IncrementalSyncService.name);
  private readonly lock: SingleFlightLock;
  private readonly policy: TierPolicy;

  constructor(
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
    @Inject(databaseConfig.KEY) database: ConfigType<typeof databaseConfig>,
    private readonly client: GamePlatformClient,
    private readonly selection: BatchSelectionRepository,
    private readonly writes: SyncWriteRepository,
    private readonly runs: SyncRunRepository,
    private readonly flashDetection: FlashDetection,
    private readonly roster: RosterDriftCheck,
  ) {
    this.lock = new SingleFlightLock(database.DATABASE_URL);
    this.policy = tierPolicy(config);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lock.close();
  }

  async run(request: SyncRunRequest, jobId: string): Promise<SyncRunReport> {
    const dryRun = request.dryRun ?? false;
    const coachId = request.coachId ?? null;
    const lock = await this.lock.acquire(INCREMENTAL_SYNC_LOCK, this.config.GAME_PLATFORM_SYNC_LOCK_WAIT_MS);
    if (!lock) {
      this.logger.warn({ msg: 'sync run skipped: another run kept the lock', dryRun, coachId });
      return skippedReport(dryRun, coachId);
    }
    try {
      const run = await this.runs.startOrResume({ kind: 'incremental', jobId, dryRun, coachId, batchSize: this.config.GAME_PLATFORM_SYNC_BATCH_SIZE });
      const interrupted = await this.runs.markInterrupted('incremental', run.id);
      if (interrupted > 0) this.logger.warn({ msg: 'sync runs of a stopped process marked failed', count: interrupted });
      return await CorrelationScope.run({ runId: run.id }, () => this.execute(run));
    } finally {
      await lock.release();
    }
  }

  private async execute(run: GamePlatformSyncRun): Promise<SyncRunReport> {
    const started = Date.now();
    const { dryRun } = run;
    const coachId = run.coachId ?? undefined;
    const client = this.client.withContext({ jobId: run.jobId ?? undefined, runId: run.id }, this.runs.requests.counterFor(run.id));
    const notes: string[] = [];
    // The Flash CTF sentinel check runs alongside planning and the batch's ODL reads; only the flash
    // reads and the writes wait for it.
    const flashRun = this.flashDetection.begin(client, dryRun);
    try {
      const plan = coachId || !this.config.GAME_PLATFORM_BATCH_SYNC_ENABLED ? await this.planEveryone(coachId) : await this.planRotation(run);
      await this.runs.setPosition(run.id, {
        cycleId: plan.position?.cycleId ?? null,
        batchNumber: plan.position?.batchNumber ?? 0,
        totalBatches: plan.totalBatches,
      });

      const pipeline = new BatchPipeline(client, this.writes, {
        concurrency: this.config.GAME_PLATFORM_SYNC_CONCURRENCY,
        overlapSeconds: this.config.GAME_PLATFORM_SYNC_OVERLAP_SECONDS,
        dryRun,
        policy: this.policy,
        recordProgress: (progress, tx) => this.runs.addProgress(run.id, progress, tx),
      });
      const tally = await pipeline.run(plan.candidates.map(toSyncTarget), flashRun.plan);
      const flash = await flashRun.finish();
      if (flash.error) notes.push(flash.error);

      const everyone = coachId || !this.config.GAME_PLATFORM_BATCH_SYNC_ENABLED;
      const drift = everyone || plan.position?.batchNumber === 0 ? await this.checkRoster(client, coachId, dryRun, notes) : null;
      for (const window of flash.windows.filter((w) => w.closed && !dryRun)) {
        this.logger.log({ msg: 'Flash CTF sync window closed: every readable competitor covered', windowId: window.id, unreadable: window.unreadable });
      }
      const durationMs = Date.now() - started;
      await this.runs.finish(
        run.id,
        'succeeded',
        durationMs,
        {
          competitorsTotal: await this.selection.countSyncable(coachId),
          flashCtfSync: flash.windowOpen || tally.flashSynced > 0,
          flashDetection: flashDetectionJson(flash),
          rosterDriftCount: drift?.count ?? 0,
          rosterDrift: drift ? { teams: drift.teams.map((team) => ({ ...team })) } : null,
          errorDetails: errorDetails(tally, notes),
        },
        true,
      );
      const report = this.report(run, plan, tally, flash, drift, client.callCount, durationMs);
      this.logger.log({ msg: 'sync run finished', ...report, flash: undefined, newFlashEvents: flash.newEventIds.length });
      return report;
    } catch (error) {
      await flashRun.abandon();
      await this.runs.finish(run.id, 'failed', Date.now() - started, { errorDetails: { error: describeFailure(error), notes } }, true).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The rotation: continue the cycle of the last live run while it has competitors left that are
   * due and not attempted since the cycle began; otherwise start a new cycle (wrap) at this run.
   */
  private async planRotation(run: GamePlatformSyncRun): Promise<Plan> {
    const batchSize = this.config.GAME_PLATFORM_SYNC_BATCH_SIZE;
    let position = await this.currentPosition(run);
    let remaining = position ? await this.selection.countDueNotVisited(position.cycleStartedAt, this.policy) : 0;
    if (!position || remaining === 0) {
      position = { cycleId: randomUUID(), cycleStartedAt: run.startedAt, batchNumber: 0 };
      remaining = await this.selection.countDueNotVisited(position.cycleStartedAt, this.policy);
      // Nobody due: no cycle starts, so the next run with due competitors opens one from its own start.
      if (remaining === 0) return { position: null, totalBatches: 0, candidates: [] };
    }
    const candidates = await this.selection.dueNotVisited(position.cycleStartedAt, this.policy, batchSize);
    return { position, totalBatches: position.batchNumber + Math.ceil(remaining / batchSize), candidates };
  }

  private async currentPosition(run: GamePlatformSyncRun): Promise<RotationPosition | null> {
    if (run.cycleId && !run.dryRun) {
      // A retried job resumes its own batch.
      return { cycleId: run.cycleId, batchNumber: run.batchNumber, cycleStartedAt: await this.selection.cycleStartedAt(run.cycleId) };
    }
    const last = await this.selection.rotationPosition(run.id);
    return last ? { ...last, batchNumber: last.batchNumber + 1 } : null;
  }

  /**
   * Every competitor on the platform, whatever their tier, outside the rotation: a manual sync of one
   * coach, or every run while batching is rolled back (GAME_PLATFORM_BATCH_SYNC_ENABLED=false).
   */
  private async planEveryone(coachId: string | undefined): Promise<Plan> {
    const batchSize = this.config.GAME_PLATFORM_SYNC_BATCH_SIZE;
    const candidates: Candidate[] = [];
    for (;;) {
      const page = await this.selection.everyonePage(coachId ?? null, candidates.at(-1)?.synedUserId ?? null, batchSize);
      candidates.push(...page);
      if (page.length < batchSize) break;
    }
    return { position: null, totalBatches: Math.ceil(candidates.length / batchSize), candidates };
  }

  /** Drift found is repaired (its teams' syncs enqueued), except by a dry run. */
  private async checkRoster(client: GamePlatformClient, coachId: string | undefined, dryRun: boolean, notes: string[]): Promise<RosterDrift | null> {
    try {
      const drift = await this.roster.check(client, coachId);
      if (!dryRun) await this.roster.repair(drift);
      return drift;
    } catch (error) {
      notes.push(`roster drift check: ${describeFailure(error)}`);
      return null;
    }
  }

  private report(
    run: GamePlatformSyncRun,
    plan: Plan,
    tally: BatchTally,
    flash: FlashRunSummary,
    drift: RosterDrift | null,
    apiCalls: number,
    durationMs: number,
  ): SyncRunReport {
    return {
      status: 'succeeded',
      runId: run.id,
      dryRun: run.dryRun,
      coachId: run.coachId,
      cycleId: plan.position?.cycleId ?? null,
      batchNumber: plan.position?.batchNumber ?? 0,
      totalBatches: plan.totalBatches,
      total: tally.synced + tally.skipped + tally.errors,
      synced: tally.synced,
      skipped: tally.skipped,
      errors: tally.errors,
      newSolves: tally.newSolves,
      apiCalls,
      flash: { newEventIds: flash.newEventIds, windowOpen: flash.windowOpen, competitorsFlashSynced: tally.flashSynced, detection: flash },
      rosterDriftCount: drift?.count ?? null,
      durationMs,
    };
  }
}

function errorDetails(tally: BatchTally, notes: string[]) {
  if (tally.failures.length === 0 && notes.length === 0) return null;
  return { failures: tally.failures.slice(0, MAX_LISTED_FAILURES), notes };
}

function skippedReport(dryRun: boolean, coachId: string | null): SyncRunReport {
  return {
    status: 'skipped_locked',
    runId: null,
    dryRun,
    coachId,
    cycleId: null,
    batchNumber: 0,
    totalBatches: 0,
    total: 0,
    synced: 0,
    skipped: 0,
    errors: 0,
    newSolves: 0,
    apiCalls: 0,
    flash: { newEventIds: [], windowOpen: false, competitorsFlashSynced: 0, detection: null },
    rosterDriftCount: null,
    durationMs: 0,
  };
}
