import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { FlashCtfProgressDto, GamePlatformClient, isGamePlatformError } from '../client';
import { describeFailure } from './competitor-fetch';
import { flashEventId } from './flash-event-id';
import { FlashSentinelCandidates, SentinelCandidate, SentinelRole } from './flash-sentinel-candidates';
import { FlashWindows } from './flash-windows';
import { NOT_FOUND_ON_CONFLICT_SQL } from './platform-presence';
import { SyncWriteRepository, TRANSACTION_OPTIONS } from './sync-write.repository';

/** One read of the sentinel check, as the run telemetry shows it. */
export interface SentinelCheck {
  competitorId: string;
  synedUserId: string;
  role: SentinelRole;
  outcome: 'ok' | 'not_found' | 'failed';
  /** Events the read listed (ok only). */
  events?: number;
  error?: string;
}

export interface SentinelResult {
  checks: SentinelCheck[];
  /** Event ids no earlier window announced, found by this check. */
  newEventIds: string[];
  /** Competitors whose progress the check stored (they need no second read in the batch). */
  storedFor: Set<string>;
  /** Set when no candidate could be read. */
  error?: string;
}

interface SuccessfulRead {
  candidate: SentinelCandidate;
  progress: FlashCtfProgressDto;
}

/**
 * The Flash CTF check at the start of each run: reads several sentinels (failing over to the next
 * candidate when a read fails), and in one transaction opens a window for event ids no window
 * announced yet, stores the sentinels' progress and counts their 404s.
 */
@Injectable()
export class FlashSentinel {
  private readonly logger = new Logger(FlashSentinel.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly candidates: FlashSentinelCandidates,
    private readonly windows: FlashWindows,
    private readonly writes: SyncWriteRepository,
  ) {}

  async check(client: GamePlatformClient, options: { count: number; dryRun: boolean; maxWindowHours: number }): Promise<SentinelResult> {
    const queue = await this.candidates.choose(options.count);
    const checks: SentinelCheck[] = [];
    const reads: SuccessfulRead[] = [];
    // Each sentinel slot reads candidates in order until one answers: a failed read fails over to the next.
    const slot = async () => {
      for (let candidate = queue.shift(); candidate; candidate = queue.shift()) {
        const read = await this.read(client, candidate);
        checks.push(read.check);
        if (read.progress) {
          reads.push({ candidate, progress: read.progress });
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: options.count }, slot));
    const notFound = checks.filter((c) => c.outcome === 'not_found').map((c) => c.synedUserId);
    const ids = [...new Set(reads.flatMap((r) => r.progress.flash_ctfs.map(flashEventId)))];
    const error =
      reads.length === 0 && checks.length > 0 ? `flash sentinel check: no candidate could be read (${checks.map((c) => c.error).join('; ')})` : undefined;
    if (options.dryRun) {
      const newEventIds = await this.windows.unannounced(ids);
      return { checks, newEventIds, storedFor: new Set(), error };
    }
    const newEventIds = await this.prisma.$transaction(async (tx) => {
      // The window commits with the events that make them known: a crash cannot leave an event
      // stored without the window that announces it.
      const fresh = await this.windows.announce(tx, ids, options.maxWindowHours);
      for (const { candidate, progress } of reads) await this.writes.storeFlashProgress(tx, candidate.synedUserId, null, progress.flash_ctfs);
      if (notFound.length > 0) {
        await tx.$executeRaw`
          INSERT INTO game_platform_sync_state AS s (syned_user_id, not_found_count, updated_at)
          SELECT u, 1, now() FROM unnest(${notFound}::uuid[]) AS t(u)
          ON CONFLICT (syned_user_id) DO UPDATE SET updated_at = now(), ${NOT_FOUND_ON_CONFLICT_SQL}`;
      }
      return fresh;
    }, TRANSACTION_OPTIONS);
    if (newEventIds.length > 0) this.logger.log({ msg: 'new Flash CTF event(s) detected', eventIds: newEventIds });
    return { checks, newEventIds, storedFor: new Set(reads.map((r) => r.candidate.synedUserId)), error };
  }

  private async read(client: GamePlatformClient, candidate: SentinelCandidate): Promise<{ check: SentinelCheck; progress?: FlashCtfProgressDto }> {
    const base = { competitorId: candidate.competitorId, synedUserId: candidate.synedUserId, role: candidate.role };
    try {
      const progress = await client.withContext({ competitorId: candidate.competitorId }).getFlashCtfProgress(candidate.synedUserId);
      return { check: { ...base, outcome: 'ok', events: progress.flash_ctfs.length }, progress };
    } catch (error) {
      const outcome = isGamePlatformError(error, 'not_found') ? 'not_found' : 'failed';
      return { check: { ...base, outcome, error: describeFailure(error) } };
    }
  }
}
