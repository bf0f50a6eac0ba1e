import { IsBoolean, IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';
import { ToBoolean, ToNumber, validatedConfig } from '@app/common';

/** Score sync engine: schedules, batch rotation, activity tiers, overlap window, Flash CTF window. */
export class SyncEnv {
  /** Cron pattern (UTC) of the incremental sync; each run processes one batch of the rotation. */
  @IsString()
  @IsNotEmpty()
  GAME_PLATFORM_SYNC_CRON = '*/30 * * * *';

  /** Cron pattern (UTC) of the totals sweep. */
  @IsString()
  @IsNotEmpty()
  GAME_PLATFORM_TOTALS_SWEEP_CRON = '0 * * * *';

  /** Competitors per sync run (one batch of the rotation). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(5000)
  GAME_PLATFORM_SYNC_BATCH_SIZE = 50;

  /** Vendor calls of a batch in flight at once (the shared rate limiter still paces them). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(200)
  GAME_PLATFORM_SYNC_CONCURRENCY = 16;

  /**
   * after_time_unix = newest stored solve time minus this: solves sharing the cursor's second and
   * solves the vendor shows late (ingestion lag) are re-read, and de-duplicated on insert.
   */
  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_SYNC_OVERLAP_SECONDS = 600;

  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_TIER_HIGH_INTERVAL_MINUTES = 30;

  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_TIER_MEDIUM_INTERVAL_MINUTES = 120;

  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_TIER_LOW_INTERVAL_MINUTES = 480;

  /** Look-back of the activity measures (solves, Flash CTF participation). */
  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_TIER_ACTIVITY_DAYS = 30;

  /** High tier: at least this many solves in the look-back, or platform access within HIGH_ACCESS_DAYS, or Flash CTF play. */
  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_TIER_HIGH_MIN_SOLVES = 5;

  @ToNumber()
  @IsInt()
  @Min(0)
  GAME_PLATFORM_TIER_HIGH_ACCESS_DAYS = 3;

  /** Medium tier: any solve in the look-back, or platform access within this many days. */
  @ToNumber()
  @IsInt()
  @Min(0)
  GAME_PLATFORM_TIER_MEDIUM_ACCESS_DAYS = 14;

  /** Upper bound of a Flash CTF sync window when the rotation has not covered everyone by then. */
  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_FLASH_WINDOW_MAX_HOURS = 24;

  /**
   * Safety net: every competitor on the platform gets a Flash CTF read at least this often, whatever
   * the sentinels saw. Each competitor has its own slot in the period, so the reads are spread.
   */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(366)
  GAME_PLATFORM_FLASH_FULL_SYNC_DAYS = 7;

  /** Competitors whose Flash CTF progress each run checks for new events (a failed read fails over to the next candidate). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(20)
  GAME_PLATFORM_FLASH_SENTINELS = 3;

  /** Flagged competitors per totals sweep unless the job payload says otherwise. */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(5000)
  GAME_PLATFORM_TOTALS_SWEEP_BATCH_SIZE = 100;

  /** Rollback flag (seed 002 §20.4): false = every run syncs every competitor on the platform (no batch rotation). */
  @ToBoolean()
  @IsBoolean({ message: 'GAME_PLATFORM_BATCH_SYNC_ENABLED must be true or false' })
  GAME_PLATFORM_BATCH_SYNC_ENABLED = true;

  /** Rollback flag (seed 002 §20.4): false = no activity tiers, every competitor is due every GAME_PLATFORM_TIER_HIGH_INTERVAL_MINUTES. */
  @ToBoolean()
  @IsBoolean({ message: 'GAME_PLATFORM_PRIORITIZATION_ENABLED must be true or false' })
  GAME_PLATFORM_PRIORITIZATION_ENABLED = true;

  /** How long a sync job waits for another run of the same kind to finish before giving up (skipped). */
  @ToNumber()
  @IsInt()
  @Min(0)
  GAME_PLATFORM_SYNC_LOCK_WAIT_MS = 30_000;
}

export const syncConfig = validatedConfig('gamePlatformSync', SyncEnv);
export type SyncConfig = SyncEnv;
