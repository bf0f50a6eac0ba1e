import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Prisma } from '@app/persistence';
import { GamePlatformClient } from '../client';
import { FlashPlan } from './competitor-fetch';
import { FLASH_READ_REASONS, flashReadReason, FlashReadContext, FlashReadReason } from './flash-read-plan';
import { FlashSentinel, SentinelCheck, SentinelResult } from './flash-sentinel';
import { FlashWindows, WindowSummary } from './flash-windows';
import { syncConfig } from './sync.config';

/** What a run did about Flash CTF: stored on the run row (`flash_detection`) and in the job result. */
export interface FlashRunSummary {
  /** Event ids announced by this run: seen by a sentinel, or stored by a batch read. */
  newEventIds: string[];
  /** A window was open during the run. */
  windowOpen: boolean;
  /** The sentinel set and each check's outcome, in the order they were read. */
  sentinels: SentinelCheck[];
  /** Flash CTF reads the run's plan asked for, per reason. */
  plannedReads: Record<FlashReadReason, number>;
  /** Windows open at the end of the batch, with their uncovered and unreadable competitors. */
  windows: WindowSummary[];
  error?: string;
}

/** The summary as the run row stores it (`flash_detection`). */
export function flashDetectionJson(summary: FlashRunSummary): Prisma.InputJsonObject {
  return { ...summary, sentinels: summary.sentinels.map((check) => ({ ...check })), windows: summary.windows.map((window) => ({ ...window })) };
}

/** Flash CTF detection of one sync run: the sentinel check, the read plan, and the windows' settle step. */
export class FlashRun {
  /** Whose Flash CTF progress the batch reads; known once the sentinel check is done. */
  readonly plan: Promise<FlashPlan>;
  private readonly check: Promise<{ sentinel: SentinelResult; context: FlashReadContext }>;
  private readonly planned = Object.fromEntries(FLASH_READ_REASONS.map((reason) => [reason, 0])) as Record<FlashReadReason, number>;

  constructor(
    private readonly sentinels: FlashSentinel,
    private readonly windows: FlashWindows,
    private readonly config: ConfigType<typeof syncConfig>,
    client: GamePlatformClient,
    private readonly dryRun: boolean,
  ) {
    this.check = this.runCheck(client);
    this.plan = this.check.then(({ context }): FlashPlan => (target) => {
      const reason = flashReadReason(target, context);
      if (reason) this.planned[reason] += 1;
      return reason !== null;
    });
    // Awaited by finish() or abandon(); a plan that fails first must not leave a rejection unhandled.
    this.plan.catch(() => undefined);
  }

  /** After the batch: announces events batch reads found, settles the windows, and sums the run up. */
  async finish(): Promise<FlashRunSummary> {
    const { sentinel } = await this.check;
    const max = this.config.GAME_PLATFORM_FLASH_WINDOW_MAX_HOURS;
    const announced = this.dryRun ? [] : await this.windows.announceStored(max);
    const windows = await this.windows.settle(!this.dryRun);
    return {
      newEventIds: [...sentinel.newEventIds, ...announced],
      windowOpen: windows.length > 0 || (this.dryRun && sentinel.newEventIds.length > 0),
      sentinels: sentinel.checks,
      plannedReads: { ...this.planned },
      windows,
      ...(sentinel.error ? { error: sentinel.error } : {}),
    };
  }

  /** On a failed run: waits for the check, so its transaction never outlives the run (and its lock). */
  async abandon(): Promise<void> {
    await this.check.catch(() => undefined);
  }

  private async runCheck(client: GamePlatformClient): Promise<{ sentinel: SentinelResult; context: FlashReadContext }> {
    const sentinel = await this.sentinels.check(client, {
      count: this.config.GAME_PLATFORM_FLASH_SENTINELS,
      dryRun: this.dryRun,
      maxWindowHours: this.config.GAME_PLATFORM_FLASH_WINDOW_MAX_HOURS,
    });
    const now = new Date();
    // A dry run opens no window: what it would open counts as a detection now.
    const latestDetectionAt = this.dryRun && sentinel.newEventIds.length > 0 ? now : await this.windows.latestDetectionAt();
    return {
      sentinel,
      context: { storedBySentinels: sentinel.storedFor, latestDetectionAt, now, fullSyncDays: this.config.GAME_PLATFORM_FLASH_FULL_SYNC_DAYS },
    };
  }
}

/**
 * Flash CTF events are monthly and meant to be global, but detection must not depend on that, nor
 * on any one account: see docs/adr/0011-flash-ctf-detection.md.
 */
@Injectable()
export class FlashDetection {
  constructor(
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
    private readonly sentinels: FlashSentinel,
    private readonly windows: FlashWindows,
  ) {}

  /** Starts the run's sentinel check (it runs alongside planning and the batch's ODL reads). */
  begin(client: GamePlatformClient, dryRun: boolean): FlashRun {
    return new FlashRun(this.sentinels, this.windows, this.config, client, dryRun);
  }
}
