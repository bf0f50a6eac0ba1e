import { Prisma } from '@app/persistence';
import { GamePlatformClient } from '../client';
import { TierPolicy } from './activity-tiers';
import { forEachBounded } from './bounded-concurrency';
import { fetchCompetitor, FlashPlan } from './competitor-fetch';
import { CompetitorOutcome, SyncTarget } from './sync-outcome';
import { RunProgress } from './sync-run.repository';
import { SyncWriteRepository } from './sync-write.repository';

/** Outcomes written per transaction: small enough that a crash loses little, big enough to amortise round trips. */
const FLUSH_SIZE = 100;

export interface BatchTally {
  /** Competitors with at least one new solve stored (seed §21: `synced`). */
  synced: number;
  /** Read fine, nothing new (`skipped_no_new_data`). */
  skipped: number;
  errors: number;
  newSolves: number;
  flashSynced: number;
  failures: { competitorId: string; error: string }[];
}

export interface PipelineOptions {
  concurrency: number;
  overlapSeconds: number;
  dryRun: boolean;
  policy: TierPolicy;
  /** Records a chunk's counts; given the chunk's transaction on live runs, so counts and rows commit together. */
  recordProgress(progress: RunProgress, tx?: Prisma.TransactionClient): Promise<void>;
}

export function emptyTally(): BatchTally {
  return { synced: 0, skipped: 0, errors: 0, newSolves: 0, flashSynced: 0, failures: [] };
}

/**
 * Syncs a batch: vendor reads run concurrently (bounded; the shared rate limiter paces them), and
 * their outcomes are written by one writer while the reads go on: whenever it is idle it takes what
 * has arrived, up to FLUSH_SIZE competitors, so the last read leaves only a small write behind it. A
 * chunk's solves and cursors commit together, so a crash between chunks leaves every competitor either
 * fully synced or untouched.
 */
export class BatchPipeline {
  private pending: CompetitorOutcome[] = [];
  private writing: Promise<void> | null = null;
  private writeFailure: { error: unknown } | null = null;
  private readonly tally = emptyTally();

  constructor(
    private readonly client: GamePlatformClient,
    private readonly writes: SyncWriteRepository,
    private readonly options: PipelineOptions,
  ) {}

  async run(targets: SyncTarget[], flashPlan: Promise<FlashPlan>): Promise<BatchTally> {
    try {
      await forEachBounded(targets, this.options.concurrency, async (target) => {
        this.pending.push(await fetchCompetitor(this.client, target, this.options.overlapSeconds, flashPlan));
        this.writing ??= this.drain();
      });
    } finally {
      await this.writing;
    }
    if (this.writeFailure) throw this.writeFailure.error;
    return this.tally;
  }

  /**
   * Writes chunks until nothing is pending. A failed write is kept (never an unhandled rejection);
   * nothing is written after it, and the run fails with that first error.
   */
  private async drain(): Promise<void> {
    while (this.pending.length > 0 && !this.writeFailure) {
      const chunk = this.pending.splice(0, FLUSH_SIZE);
      await this.write(chunk).catch((error: unknown) => {
        this.writeFailure = { error };
      });
    }
    // Same synchronous step as the emptiness check: an outcome pushed later starts a new drain.
    this.writing = null;
  }

  private async write(chunk: CompetitorOutcome[]): Promise<void> {
    const { dryRun, policy } = this.options;
    let chunkTally = emptyTally();
    const record = async (newSolves: Map<string, number>, tx?: Prisma.TransactionClient) => {
      chunkTally = tallyChunk(chunk, newSolves);
      await this.options.recordProgress(progressOf(chunkTally), tx);
    };
    if (dryRun) await record(await this.writes.countUnstoredSolves(chunk));
    else await this.writes.storeOutcomes(chunk, policy, (tx, newSolves) => record(newSolves, tx));
    addTally(this.tally, chunkTally);
  }
}

function tallyChunk(chunk: CompetitorOutcome[], newSolves: Map<string, number>): BatchTally {
  const tally = emptyTally();
  for (const outcome of chunk) {
    if (outcome.kind === 'failed') {
      tally.errors += 1;
      tally.failures.push({ competitorId: outcome.target.competitorId, error: outcome.error });
      continue;
    }
    const fresh = newSolves.get(outcome.target.synedUserId) ?? 0;
    tally.newSolves += fresh;
    if (fresh > 0) tally.synced += 1;
    else tally.skipped += 1;
    if (outcome.flashEvents !== null) tally.flashSynced += 1;
  }
  return tally;
}

function addTally(into: BatchTally, chunk: BatchTally): void {
  into.synced += chunk.synced;
  into.skipped += chunk.skipped;
  into.errors += chunk.errors;
  into.newSolves += chunk.newSolves;
  into.flashSynced += chunk.flashSynced;
  into.failures.push(...chunk.failures);
}

function progressOf(tally: BatchTally): RunProgress {
  return {
    competitorsProcessed: tally.synced + tally.skipped + tally.errors,
    competitorsWithNewData: tally.synced,
    competitorsSkipped: tally.skipped,
    errorCount: tally.errors,
    newSolves: tally.newSolves,
  };
}
