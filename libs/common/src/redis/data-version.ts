import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { redisConfig } from './redis.config';
import { RedisClient } from './redis-client';

/** The least time between two bumps of one process through `bumpCoalesced`. */
export const COALESCED_BUMP_INTERVAL_MS = 1000;

/**
 * A token in Redis that changes whenever stored data changes: the API and the worker replace it
 * after their writes, and the API's read cache serves only answers stored under the current token.
 * A fresh random token per change (not a counter) means a Redis restarted empty can never bring
 * back an old token under which stale answers were stored.
 */
@Injectable()
export class DataVersion {
  private readonly logger = new Logger(DataVersion.name);
  private readonly key: string;
  private lastBumpAt = 0;
  private trailingBump: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>,
  ) {
    this.key = `${config.REDIS_KEY_PREFIX}:data-version`;
  }

  /** The current token; rejects when Redis does not answer (callers then do without the cache). */
  async current(): Promise<string> {
    const version = await this.redis.get(this.key);
    if (version !== null) return version;
    await this.redis.set(this.key, randomUUID(), 'NX');
    const created = await this.redis.get(this.key);
    if (created === null) throw new Error('data version vanished right after it was set');
    return created;
  }

  /** Marks every answer stored so far as outdated, now (a writer that reads its own write next). */
  async bump(): Promise<void> {
    this.lastBumpAt = Date.now();
    await this.redis.set(this.key, randomUUID());
  }

  /**
   * For writes nobody reads back at once (worker jobs): bumps at once when this process has not
   * bumped for COALESCED_BUMP_INTERVAL_MS, otherwise once when that interval is over, shared by every
   * write meanwhile. A busy worker then empties the read caches at most once a second, and each write
   * reaches them within a second of its call.
   */
  async bumpCoalesced(): Promise<void> {
    if (this.trailingBump) return;
    const wait = this.lastBumpAt + COALESCED_BUMP_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.bump();
    this.trailingBump = setTimeout(() => {
      this.trailingBump = undefined;
      void this.bump().catch((error: unknown) => this.logger.warn({ msg: 'data version not bumped: Redis failed', err: error }));
    }, wait);
    this.trailingBump.unref();
  }

  /** A coalesced bump still waiting for its interval happens now (at shutdown, before Redis closes). */
  async flush(): Promise<void> {
    if (!this.trailingBump) return;
    clearTimeout(this.trailingBump);
    this.trailingBump = undefined;
    await this.bump().catch((error: unknown) => this.logger.warn({ msg: 'data version not bumped at shutdown: Redis failed', err: error }));
  }
}
