import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class ReadCacheEnv {
  /**
   * How long a cached JSON read is served before it is computed again (0 disables the cache). Writes
   * through the API and finished worker jobs invalidate at once; this bounds staleness for any other writer.
   */
  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(600_000)
  READ_CACHE_TTL_MS = 5000;

  /** Answers kept per API process (least recently used evicted first). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  READ_CACHE_MAX_ENTRIES = 2000;

  /** Total size of the kept answers per API process, in MiB (least recently used evicted first). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(4096)
  READ_CACHE_MAX_MB = 64;
}

export const readCacheConfig = validatedConfig('readCache', ReadCacheEnv);
