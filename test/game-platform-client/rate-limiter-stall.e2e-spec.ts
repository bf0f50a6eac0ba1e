import Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { RedisRateLimiter } from '@app/game-platform';
import { cleanupRedisPrefix, testRedisPrefix } from '../support/redis';

/** Blocks the event loop, as a full garbage collection on a busy machine would. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('shared rate limit after a stalled process', () => {
  const prefix = testRedisPrefix('gp-limiter-stall');
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    redis.disconnect();
    await cleanupRedisPrefix(prefix);
  });

  it('gives up the slots it woke too late for instead of sending them as one burst', async () => {
    const limiter = new RedisRateLimiter(redis, { key: `${prefix}:limit`, requestsPerSecond: 50, burst: 1, minRequestsPerSecond: 1, recoveryStep: 0.05 });
    await limiter.acquire(); // the first slot is due at once; the next ones are 20 ms apart
    const sentAt: number[] = [];
    const pending = Array.from({ length: 10 }, () => limiter.acquire().then(() => sentAt.push(performance.now())));
    await new Promise((resolve) => setTimeout(resolve, 5)); // slots reserved, timers armed
    stall(300);
    const stallEnd = performance.now();
    await Promise.all(pending);

    expect(limiter.stats().missedSlots).toBeGreaterThan(0);
    // Without the rule every slot due during the stall would go out at its end, together.
    expect(sentAt.filter((at) => at - stallEnd < 15).length).toBeLessThanOrEqual(2);
  });
});
