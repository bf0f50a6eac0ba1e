import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';
import { VendorCallEvent } from '../client';

const MINUTE_MS = 60_000;
/** Buckets outlive the longest alert window anyone would configure. */
const BUCKET_TTL_SECONDS = 6 * 60 * 60;
/** Counts are summed in memory and written this often: one Redis round trip per second, not one per vendor call. */
const FLUSH_INTERVAL_MS = 1_000;

const COUNTED = ['requests', 'serverErrors', 'clientErrors', 'authErrors'] as const;
type MinuteCounts = Record<(typeof COUNTED)[number], number>;

export interface VendorCallTotals {
  windowMinutes: number;
  requests: number;
  /** 5xx answers plus requests that got no answer (timeout, connection dropped). */
  serverErrors: number;
  /** 4xx answers other than 429 (the rate limiter handles those): 400, 401, 403, 404, 409... */
  clientErrors: number;
  /** 401 and 403 answers: the token is revoked or wrong. */
  authErrors: number;
}

/**
 * Vendor request outcomes of every worker replica, counted per minute in Redis: the API's vendor
 * 5xx alert reads the same numbers whichever process made the calls.
 */
@Injectable()
export class VendorCallWindow implements BeforeApplicationShutdown {
  private readonly logger = new Logger(VendorCallWindow.name);
  private pending = new Map<number, MinuteCounts>();
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) private readonly config: ConfigType<typeof redisConfig>,
  ) {}

  /** Counts one request; the count reaches Redis within FLUSH_INTERVAL_MS (or at shutdown). */
  record(event: VendorCallEvent, at = Date.now()): void {
    const minute = Math.floor(at / MINUTE_MS);
    let counts = this.pending.get(minute);
    if (!counts) {
      counts = { requests: 0, serverErrors: 0, clientErrors: 0, authErrors: 0 };
      this.pending.set(minute, counts);
    }
    const status = event.status;
    counts.requests += 1;
    if (status === null || status >= 500) counts.serverErrors += 1;
    else if (status >= 400 && status < 500 && status !== 429) counts.clientErrors += 1;
    if (status === 401 || status === 403) counts.authErrors += 1;
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
  }

  /** Writes the counts summed since the last flush. */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.pending.size === 0) return;
    const pending = this.pending;
    this.pending = new Map();
    const multi = this.redis.multi();
    for (const [minute, counts] of pending) {
      const key = this.bucketKey(minute);
      for (const field of COUNTED) if (counts[field] > 0) multi.hincrby(key, field, counts[field]);
      multi.expire(key, BUCKET_TTL_SECONDS);
    }
    await multi.exec().catch((error: unknown) => this.logger.warn({ msg: 'could not count vendor calls', err: error }));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  async totals(windowMinutes: number, at = Date.now()): Promise<VendorCallTotals> {
    const current = Math.floor(at / MINUTE_MS);
    const pipeline = this.redis.pipeline();
    for (let minute = current - windowMinutes + 1; minute <= current; minute += 1) pipeline.hgetall(this.bucketKey(minute));
    const buckets = ((await pipeline.exec()) ?? []).map(([, value]) => (value ?? {}) as Record<string, string>);
    const sum = (field: (typeof COUNTED)[number]) => buckets.reduce((total, bucket) => total + Number(bucket[field] ?? 0), 0);
    return { windowMinutes, requests: sum('requests'), serverErrors: sum('serverErrors'), clientErrors: sum('clientErrors'), authErrors: sum('authErrors') };
  }

  private bucketKey(minute: number): string {
    return `${this.config.REDIS_KEY_PREFIX}:vendor-calls:${minute}`;
  }
}
