import Redis from 'ioredis';
import { perCallBudgetMs } from '../fail-fast/dependency.config';

/** Plain connection settings, accepted both by ioredis and by BullMQ's connection option. */
export interface RedisConnectionSettings {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: object;
  /** null for BullMQ workers: a blocking command must survive a Redis restart instead of failing the worker. */
  maxRetriesPerRequest: number | null;
  enableOfflineQueue?: boolean;
  /** Fail a command not answered within this many ms (request-path connections only: never on blocking ones). */
  commandTimeout?: number;
  retryStrategy?: (attempt: number) => number;
}

/** Reconnect attempts at most 1 s apart, so service resumes within seconds of Redis coming back. */
const reconnectDelayMs = (attempt: number) => Math.min(attempt * 100, 1000);

export function redisOptionsFromUrl(url: string, overrides: Partial<RedisConnectionSettings> = {}): RedisConnectionSettings {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: reconnectDelayMs,
    ...overrides,
  };
}

export function createRedisClient(url: string, overrides: Partial<RedisConnectionSettings> = {}): Redis {
  return new Redis(redisOptionsFromUrl(url, overrides));
}

/** For connections of request paths (never BullMQ workers'): no offline queue, and a bounded wait for answers. */
export function failFastRedisOptions(dependencyTimeoutMs: number): Partial<RedisConnectionSettings> {
  return { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: perCallBudgetMs(dependencyTimeoutMs) };
}
