/*
 * npm run bench:limiter — the vendor rate limiter alone, as the sync's reads use it: LIMITER_LANES lanes
 * (default 32) each acquire a slot, "send", wait LIMITER_LATENCY_MS (30) for the answer and spend
 * LIMITER_CPU_MS (1) of CPU on it, LIMITER_REQUESTS (1000) requests at LIMITER_RPS (194) with burst 1.
 * Prints the wall time against the bound requests/rate and the most requests sent in any rolling second.
 */
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { RedisRateLimiter } from '@app/game-platform';
import { deleteRedisPrefix, line, round, runBench } from './support';

const LANES = Number(process.env.LIMITER_LANES ?? 32);
const LATENCY_MS = Number(process.env.LIMITER_LATENCY_MS ?? 30);
const CPU_MS = Number(process.env.LIMITER_CPU_MS ?? 1);
const REQUESTS = Number(process.env.LIMITER_REQUESTS ?? 1000);
const RPS = Number(process.env.LIMITER_RPS ?? 194);

const spin = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

async function main() {
  line(
    'load_average_at_start',
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
  );
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const key = `gps-bench-limiter-${randomBytes(3).toString('hex')}`;
  const limiter = new RedisRateLimiter(redis, { key, requestsPerSecond: RPS, burst: 1, minRequestsPerSecond: 1, recoveryStep: 0.05 });
  const sentAt: number[] = [];
  let started = 0;
  const lane = async () => {
    while (started++ < REQUESTS) {
      await limiter.acquire();
      sentAt.push(performance.now());
      await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
      spin(CPU_MS);
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  const spanS = (sentAt[sentAt.length - 1] - sentAt[0]) / 1000;
  let mostInASecond = 0;
  for (let last = 0, first = 0; last < sentAt.length; last++) {
    while (sentAt[last] - sentAt[first] >= 1000) first++;
    mostInASecond = Math.max(mostInASecond, last - first + 1);
  }
  line('rate_limit_rps', RPS);
  line('achieved_rps', round((sentAt.length - 1) / spanS, 1));
  line('wall_vs_bound_ratio', round(spanS / ((sentAt.length - 1) / RPS), 3));
  line('most_requests_in_any_second', mostInASecond);
  line('missed_slots', limiter.stats().missedSlots);
  line(
    'load_average_at_end',
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
  );
  redis.disconnect();
  await deleteRedisPrefix(key);
}

runBench(main);
