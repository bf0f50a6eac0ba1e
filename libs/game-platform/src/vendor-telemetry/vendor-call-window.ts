import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';
import { VendorCallEvent } from '../client';

const MINUTE_MS = 60_000;
/** Buckets outlive the longest alert window anyone would configure. */
const BUCKET_TTL_SECONDS = 6 * 60 * 60;

export interface VendorCallTotals {
  windowMinutes: number;
  requests: number;
  /** 5xx answers plus requests that got no answer (timeout, connection dropped). */
  serverErrors: number;
}

/**
 * Vendor request outcomes of every worker replica, counted per minute in Redis: the API's vendor
 * 5xx alert reads the same numbers whichever process made the calls.
 */
@Injectable()
export class VendorCallWindow {
  constructor(
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) private readonly config: ConfigType<typeof redisConfig>,
  ) {}

  async record(event: VendorCallEvent, at = Date.now()): Promise<void> {
    const key = this.bucketKey(Math.floor(at / MINUTE_MS));
    const multi = this.redis.multi().hincrby(key, 'requests', 1);
    if (event.status === null || event.status >= 500) multi.hincrby(key, 'serverErrors', 1);
    await multi.expire(key, BUCKET_TTL_SECONDS).exec();
  }

  async totals(windowMinutes: number, at = Date.now()): Promise<VendorCallTotals> {
    const current = Math.floor(at / MINUTE_MS);
    const pipeline = this.redis.pipeline();
    for (let minute = current - windowMinutes + 1; minute <= current; minute += 1) pipeline.hgetall(this.bucketKey(minute));
    const buckets = ((await pipeline.exec()) ?? []).map(([, value]) => (value ?? {}) as Record<string, string>);
    return {
      windowMinutes,
      requests: buckets.reduce((sum, bucket) => sum + Number(bucket.requests ?? 0), 0),
      serverErrors: buckets.reduce((sum, bucket) => sum + Number(bucket.serverErrors ?? 0), 0),
    };
  }

  private bucketKey(minute: number): string {
    return `${this.config.REDIS_KEY_PREFIX}:vendor-calls:${minute}`;
  }
}
