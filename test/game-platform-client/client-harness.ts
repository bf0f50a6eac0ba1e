import { LoggerService } from '@nestjs/common';
import Redis from 'ioredis';
import { DEFAULT_CLIENT_OPTIONS, GamePlatformClient, GamePlatformClientOptions, GamePlatformError, RateLimitOptions } from '@app/game-platform';
import { startSimulator, SimulatorHandle, SimulatorOptions } from '../../apps/game-platform-sim/src';
import { cleanupRedisPrefix, testRedisPrefix } from '../support/redis';

/** Keeps every log call, serialised, so tests can search them. */
export class CapturingLogger implements LoggerService {
  readonly lines: { level: string; args: unknown[] }[] = [];
  log(...args: unknown[]) {
    this.lines.push({ level: 'log', args });
  }
  warn(...args: unknown[]) {
    this.lines.push({ level: 'warn', args });
  }
  error(...args: unknown[]) {
    this.lines.push({ level: 'error', args });
  }
  debug(...args: unknown[]) {
    this.lines.push({ level: 'debug', args });
  }
  verbose(...args: unknown[]) {
    this.lines.push({ level: 'verbose', args });
  }
  text(): string {
    return this.lines.map((line) => JSON.stringify(line.args)).join('\n');
  }
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => line.args[0] as Record<string, unknown>);
  }
}

/** Test defaults: fast retries, no rate limit or breaker in the way unless a test asks for them. */
export type ClientOverrides = Partial<Omit<GamePlatformClientOptions, 'rateLimit'>> & { rateLimit?: Partial<RateLimitOptions> };

export function fastOptions(sim: SimulatorHandle, rateLimitKey: string, overrides: ClientOverrides = {}): GamePlatformClientOptions {
  return {
    ...DEFAULT_CLIENT_OPTIONS,
    baseUrl: sim.url,
    token: sim.token,
    timeoutMs: 500,
    retryBaseDelayMs: 20,
    retryMaxDelayMs: 80,
    maxRetryAfterMs: 3_000,
    breakerThreshold: 1_000,
    breakerCooldownMs: 500,
    ...overrides,
    rateLimit: { ...DEFAULT_CLIENT_OPTIONS.rateLimit, requestsPerSecond: 1_000, burst: 1_000, key: rateLimitKey, ...overrides.rateLimit },
  };
}

/** A simulator, a Redis connection and a key prefix of this test file's own. */
export async function useClientHarness(label: string, simOptions: SimulatorOptions = {}) {
  const prefix = testRedisPrefix(label);
  const sim = await startSimulator({ token: `token-${label}-${process.pid}-s3cr3t`, ...simOptions });
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 2 });
  let clients = 0;
  return {
    sim,
    redis,
    prefix,
    /** A client with a rate-limit key of its own unless `overrides.rateLimit.key` shares one. */
    client(overrides: ClientOverrides = {}, logger = new CapturingLogger()) {
      const options = fastOptions(sim, `${prefix}:gp-rate:${++clients}`, overrides);
      return { client: new GamePlatformClient(options, redis, logger), logger, options };
    },
    async close() {
      await sim.close();
      await cleanupRedisPrefix(prefix);
      await redis.quit();
    },
  };
}

export type ClientHarness = Awaited<ReturnType<typeof useClientHarness>>;

/** Runs `fn` and returns what it threw (failing the test when it did not throw). */
export async function failure(fn: () => Promise<unknown>): Promise<GamePlatformError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GamePlatformError);
    return error as GamePlatformError;
  }
  throw new Error('expected the call to fail');
}
