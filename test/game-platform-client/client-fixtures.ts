import { LoggerService } from '@nestjs/common';
import { DEFAULT_CLIENT_OPTIONS, GamePlatformClient, GamePlatformClientOptions, GamePlatformError, RateLimitOptions } from '@app/game-platform';
import { SimulatorHandle, SimulatorOptions } from '../../apps/game-platform-sim/src';
import { TestStack, testStack } from '../support/stack';

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

/** A stack with a simulator, and vendor clients pointed at it. */
export type ClientStack = TestStack<'simulator'> & {
  /** A client on a Redis connection of its own, with a rate-limit key of its own unless `overrides.rateLimit.key` shares one. */
  client(overrides?: ClientOverrides, logger?: CapturingLogger): { client: GamePlatformClient; logger: CapturingLogger; options: GamePlatformClientOptions };
};

export async function clientStack(label: string, simulator: SimulatorOptions = {}): Promise<ClientStack> {
  const stack = await testStack(label, { simulator });
  let clients = 0;
  return Object.assign(stack, {
    client(overrides: ClientOverrides = {}, logger = new CapturingLogger()) {
      const options = fastOptions(stack.sim, `${stack.redisPrefix}:gp-rate:${++clients}`, overrides);
      return { client: new GamePlatformClient(options, stack.redis(), logger), logger, options };
    },
  });
}

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
