import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';
import { vendorActionRateLimitConfig } from './vendor-action-rate-limit.config';

// Fixed window per user, shared by every API replica: count, and start the window on the first hit.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`;

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

@Injectable()
export class VendorActionRateLimiter {
  constructor(
    private readonly redis: RedisClient,
    @Inject(vendorActionRateLimitConfig.KEY) private readonly config: ConfigType<typeof vendorActionRateLimitConfig>,
    @Inject(redisConfig.KEY) private readonly redisEnv: ConfigType<typeof redisConfig>,
  ) {}

  async hit(userId: string): Promise<RateLimitVerdict> {
    const key = `${this.redisEnv.REDIS_KEY_PREFIX}:vendor-actions:${userId}`;
    const windowMs = this.config.VENDOR_ACTION_RATE_WINDOW_SECONDS * 1000;
    const [count, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, key, windowMs)) as [number, number];
    if (count <= this.config.VENDOR_ACTION_RATE_LIMIT) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : windowMs) / 1000)) };
  }
}
