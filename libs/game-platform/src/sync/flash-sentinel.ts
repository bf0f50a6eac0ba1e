import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { GamePlatformClient } from '../client';
import { Candidate } from './batch-selection.repository';
import { describeFailure } from './competitor-fetch';
import { flashEventId } from './flash-event-id';
import { SyncTarget } from './sync-outcome';
import { SyncWriteRepository, TRANSACTION_OPTIONS } from './sync-write.repository';

/** An open Flash CTF sync window: competitors not flash-synced since `openedAt` get a flash call. */
export interface FlashWindow {
  id: string | null;
  openedAt: Date;
}

export interface SentinelResult {
  /** Events the sentinel shows that were not known before this run. */
  newEventIds: string[];
  window: FlashWindow | null;
  /** The competitor whose Flash CTF progress the check stored (it needs no second read in the batch). */
  progressStoredFor: string | null;
  error?: string;
}

/**
 * Flash CTF events are global: one competitor's progress (the sentinel's) shows every event. A new
 * event id opens a persisted window during which the rotation reads Flash CTF progress for everyone;
 * the window closes once every competitor was flash-synced after it opened.
 */
@Injectable()
export class FlashSentinel {
  private readonly logger = new Logger(FlashSentinel.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly writes: SyncWriteRepository,
  ) {}

  async check(client: GamePlatformClient, sentinel: Candidate, options: { dryRun: boolean; maxWindowHours: number }): Promise<SentinelResult> {
    let progress;
    try {
      progress = await client.withContext({ competitorId: sentinel.competitorId }).getFlashCtfProgress(sentinel.synedUserId);
    } catch (error) {
      return { newEventIds: [], window: await this.openWindow(), progressStoredFor: null, error: `sentinel ${sentinel.competitorId}: ${describeFailure(error)}` };
    }
    const ids = [...new Set(progress.flash_ctfs.map(flashEventId))];
    const known = await this.knownEventIds(ids);
    const newEventIds = ids.filter((id) => !known.has(id));
    if (newEventIds.length > 0) this.logger.log({ msg: 'new Flash CTF event(s) detected', eventIds: newEventIds, dryRun: options.dryRun });
    if (options.dryRun) {
      const window = (await this.openWindow()) ?? (newEventIds.length > 0 ? { id: null, openedAt: new Date() } : null);
      return { newEventIds, window, progressStoredFor: null };
    }
    await this.prisma.$transaction(async (tx) => {
      // Window first, in the same transaction as the events that make them "known": a crash can
      // never leave an event known without the window that announces it.
      if (newEventIds.length > 0) {
        await tx.$executeRaw`
          INSERT INTO game_platform_flash_sync_windows (event_ids, expires_at)
          VALUES (${newEventIds}::text[], now() + ${options.maxWindowHours}::int * interval '1 hour')`;
      }
      await this.writes.storeFlashProgress(tx, sentinel.synedUserId, null, progress.flash_ctfs);
    }, TRANSACTION_OPTIONS);
    return { newEventIds, window: await this.openWindow(), progressStoredFor: sentinel.synedUserId };
  }

  async openWindow(): Promise<FlashWindow | null> {
    const window = await this.prisma.gamePlatformFlashSyncWindow.findFirst({ where: { expiresAt: { gt: new Date() } }, orderBy: { openedAt: 'asc' } });
    return window ? { id: window.id, openedAt: window.openedAt } : null;
  }

  /** Closes the window once no competitor on the platform is left without a flash sync since it opened. */
  async closeIfCovered(window: FlashWindow): Promise<boolean> {
    if (!window.id) return false;
    const closed = await this.prisma.$executeRaw`
      UPDATE game_platform_flash_sync_windows SET expires_at = now()
      WHERE id = ${window.id}::uuid AND expires_at > now() AND NOT EXISTS (
        SELECT 1 FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
        WHERE c.game_platform_id IS NOT NULL
          AND (s.last_flash_ctf_synced_at IS NULL OR s.last_flash_ctf_synced_at < ${window.openedAt}))`;
    return closed > 0;
  }

  private async knownEventIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.prisma.$queryRaw<{ event_id: string }[]>`
      SELECT DISTINCT event_id FROM game_platform_flash_ctf_events WHERE event_id = ANY(${ids}::text[])
      UNION
      SELECT DISTINCT e FROM game_platform_flash_sync_windows, unnest(event_ids) AS e WHERE e = ANY(${ids}::text[])`;
    return new Set(rows.map((row) => row.event_id));
  }
}

/** Whether a competitor's Flash CTF progress is read in this run, given the run's sentinel check. */
export function needsFlashSync(target: SyncTarget, sentinel: SentinelResult): boolean {
  if (target.synedUserId === sentinel.progressStoredFor) return false;
  if (target.lastFlashCtfSyncedAt === null) return true;
  return sentinel.window !== null && target.lastFlashCtfSyncedAt < sentinel.window.openedAt;
}
