import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { GamePlatformClientOptions, RateLimiterStats } from '@app/game-platform';
import { ClientStack, fastOptions, clientStack } from './client-fixtures';

interface ChildReport {
  sentAt: number[];
  failed: number;
  limiter: RateLimiterStats;
}

function startChild(options: GamePlatformClientOptions, count: number): Promise<{ child: ChildProcess; report: Promise<ChildReport> }> {
  const child = fork(join(__dirname, 'rate-limit-child.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    cwd: join(__dirname, '../..'),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', () => {
      const report = new Promise<ChildReport>((done) => child.once('message', (message) => done(message as ChildReport)));
      resolve({ child, report });
    });
    child.send({ options, count, redisUrl });
  });
}

/** Runs two processes sharing (or not) a limiter key; returns the request times both reported. */
async function runTwoProcesses(stack: ClientStack, keys: [string, string], rps: number, perProcess: number) {
  const children = await Promise.all(
    keys.map((key) => startChild(fastOptions(stack.sim, key, { rateLimit: { requestsPerSecond: rps, burst: 1 } }), perProcess)),
  );
  await stack.sim.control.resetCounters();
  children.forEach(({ child }) => child.send('go'));
  const reports = await Promise.all(children.map(({ report }) => report));
  const sentAt = reports.flatMap((r) => r.sentAt).sort((a, b) => a - b);
  return { reports, sentAt, received: (await stack.sim.control.counters()).total };
}

/** Most requests inside any window of `windowMs`. */
function busiestWindow(sentAt: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < sentAt.length; end++) {
    while (sentAt[end] - sentAt[start] >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('shared outbound rate limit', () => {
  let stack: ClientStack;

  beforeAll(async () => {
    stack = await clientStack('gp-client-rate-limit');
  });
  afterAll(() => stack.close());

  it('holds the configured ceiling across two processes: no second window carries more than the ceiling', async () => {
    const rps = 20;
    const perProcess = 30;
    const key = `${stack.redisPrefix}:shared`;
    const { reports, sentAt, received } = await runTwoProcesses(stack, [key, key], rps, perProcess);

    expect(reports.map((r) => r.failed)).toEqual([0, 0]);
    expect(received).toBe(2 * perProcess);
    // Both processes had to wait for slots the other one took.
    expect(reports.every((r) => r.limiter.waits > 0)).toBe(true);

    // The hard property only: a busy machine can slow the processes below the ceiling, never push
    // them above it. The throughput reached against the shared limit is bench:scale's figure.
    expect(busiestWindow(sentAt, 1000)).toBeLessThanOrEqual(Math.floor(rps * 1.1));
  });

  it('would exceed it without the shared key (control experiment)', async () => {
    const rps = 20;
    const { sentAt } = await runTwoProcesses(stack, [`${stack.redisPrefix}:own-a`, `${stack.redisPrefix}:own-b`], rps, 20);
    expect(busiestWindow(sentAt, 1000)).toBeGreaterThan(Math.floor(rps * 1.1));
  });

  it('lowers the rate for every connection after a 429 and recovers it on success', async () => {
    const key = `${stack.redisPrefix}:adaptive`;
    const rateLimit = { key, requestsPerSecond: 10, burst: 10, recoveryStep: 0.05 };
    const first = stack.client({ rateLimit }).client;
    const second = stack.client({ rateLimit }).client;
    await stack.sim.control.setFaults({ rateLimit: { requestsPerSecond: 1, retryAfterSeconds: 1 } });
    await first.ping();
    await first.ping(); // 429: the shared rate halves to 5, then the retry after 1 s succeeds
    expect(first.stats().rateLimiter.penalties).toBe(1);
    await stack.sim.control.clearFaults();

    // The other connection sees the lowered rate (5, plus 0.5 regained per success since).
    await second.ping();
    expect(second.stats().rateLimiter.effectiveRps).toBeGreaterThanOrEqual(5);
    expect(second.stats().rateLimiter.effectiveRps).toBeLessThan(7);
    for (let i = 0; i < 10; i++) await second.ping();
    expect(second.stats().rateLimiter.effectiveRps).toBe(10);
  });
});
