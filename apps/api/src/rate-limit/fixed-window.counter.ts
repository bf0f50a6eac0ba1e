import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';

// Fixed window per key, shared by every API replica: count, and start the window on the first hit.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`;

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts hits per key and window in Redis (under REDIS_KEY_PREFIX), so every replica shares one count. */
@Injectable()
export class FixedWindowCounter {
  constructor(
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) private readonly redisEnv: ConfigType<typeof redisConfig>,
  ) {}

  /** False while Redis is unreachable: callers let requests through rather than wait for it. */
  get available(): boolean {
    return this.redis.status === 'ready';
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict> {
    const windowMs = windowSeconds * 1000;
    const [count, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, `${this.redisEnv.REDIS_KEY_PREFIX}:${key}`, windowMs)) as [number, number];
    if (count <= limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : windowMs) / 1000)) };
  }
}
