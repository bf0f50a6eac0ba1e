import Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { RedisRateLimiter } from '@app/game-platform';
import { cleanupRedisPrefix, testRedisPrefix } from '../support/redis';

/** Blocks the event loop for less than a stalled slot is given up after (50 ms). */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('rate limiter pacing within a process', () => {
  const prefix = testRedisPrefix('gp-limiter-pacing');
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    redis.disconnect();
    await cleanupRedisPrefix(prefix);
  });

  it('sends requests whose slots came due together one interval apart, not at once', async () => {
    const rps = 100; // slots 10 ms apart
    const limiter = new RedisRateLimiter(redis, { key: `${prefix}:limit`, requestsPerSecond: rps, burst: 1, minRequestsPerSecond: 1, recoveryStep: 0.05 });
    await limiter.acquire();
    const sentAt: number[] = [];
    const pending = Array.from({ length: 4 }, () => limiter.acquire().then(() => sentAt.push(performance.now())));
    await new Promise((resolve) => setTimeout(resolve, 2)); // slots reserved, timers armed
    busy(35); // the first three slots come due during the busy spell
    await Promise.all(pending);

    const gaps = sentAt.slice(1).map((at, i) => at - sentAt[i]);
    expect(sentAt).toHaveLength(4);
    // 1000 / rps, less the pacing tolerance (2 ms) and the timer's millisecond rounding; whatever the
    // load, since each request is checked against the one before when it leaves.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000 / rps - 3);
  });
});
