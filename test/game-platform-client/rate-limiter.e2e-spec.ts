import Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { RedisRateLimiter } from '@app/game-platform';
import { cleanupRedisPrefix, testRedisPrefix } from '../support/redis';

/** Blocks the event loop for `ms`, as a busy spell or a full garbage collection on a loaded machine would. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('rate limiter timing within a process', () => {
  const prefix = testRedisPrefix('gp-limiter-timing');
  let redis: Redis;
  let limiters = 0;

  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    redis.disconnect();
    await cleanupRedisPrefix(prefix);
  });

  /** A limiter of its own with burst 1, its first slot taken, and `count` requests waiting for the next ones. */
  async function queuedRequests(requestsPerSecond: number, count: number) {
    const limiter = new RedisRateLimiter(redis, {
      key: `${prefix}:limit-${++limiters}`,
      requestsPerSecond,
      burst: 1,
      minRequestsPerSecond: 1,
      recoveryStep: 0.05,
    });
    await limiter.acquire(); // the first slot is due at once; the next ones are 1000 / requestsPerSecond ms apart
    const sentAt: number[] = [];
    const pending = Promise.all(Array.from({ length: count }, () => limiter.acquire().then(() => sentAt.push(performance.now()))));
    await new Promise((resolve) => setTimeout(resolve, 5)); // slots reserved, timers armed
    return { limiter, sentAt, pending };
  }

  it('sends requests whose slots came due together one interval apart, not at once', async () => {
    const rps = 100; // slots 10 ms apart
    const { sentAt, pending } = await queuedRequests(rps, 4);
    blockEventLoop(35); // the first three slots come due during the busy spell (less than the 50 ms after which a slot is given up)
    await pending;

    const gaps = sentAt.slice(1).map((at, i) => at - sentAt[i]);
    expect(sentAt).toHaveLength(4);
    // 1000 / rps, less the pacing tolerance (2 ms) and the timer's millisecond rounding; whatever the
    // load, since each request is checked against the one before when it leaves.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000 / rps - 3);
  });

  it('gives up the slots it woke too late for instead of sending them as one burst', async () => {
    const { limiter, sentAt, pending } = await queuedRequests(50, 10);
    blockEventLoop(300);
    const stallEnd = performance.now();
    await pending;

    expect(limiter.stats().missedSlots).toBeGreaterThan(0);
    // Without the rule every slot due during the stall would go out at its end, together.
    expect(sentAt.filter((at) => at - stallEnd < 15).length).toBeLessThanOrEqual(2);
  });
});
