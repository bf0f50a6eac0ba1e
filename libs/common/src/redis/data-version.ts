import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { redisConfig } from './redis.config';
import { RedisClient } from './redis-client';

/**
 * A token in Redis that changes whenever stored data changes: the API and the worker replace it
 * after their writes, and the API's read cache serves only answers stored under the current token.
 * A fresh random token per change (not a counter) means a Redis restarted empty can never bring
 * back an old token under which stale answers were stored.
 */
@Injectable()
export class DataVersion {
  private readonly key: string;

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

  /** Marks every answer stored so far as outdated. */
  async bump(): Promise<void> {
    await this.redis.set(this.key, randomUUID());
  }
}
