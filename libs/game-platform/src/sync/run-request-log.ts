import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';
import { CallCounter } from '../client';

/**
 * A run's call counter that also records each request in Redis before it leaves. Requests about to
 * leave while a record is on its way to Redis are recorded together by the next one (one HINCRBY per
 * group, not per request); each still waits until a record that includes it is done.
 */
class LoggedCallCounter extends CallCounter {
  private queued: { count: number; recorded: Promise<void> } | null = null;
  private lastRecord: Promise<unknown> = Promise.resolve();

  constructor(private readonly record: (count: number) => Promise<unknown>) {
    super();
  }

  override beforeSend(): Promise<void> {
    if (!this.queued) {
      const group = { count: 0, recorded: Promise.resolve() };
      group.recorded = this.lastRecord.then(async () => {
        this.queued = null;
        await this.record(group.count);
      });
      this.lastRecord = group.recorded.catch(() => undefined);
      this.queued = group;
    }
    this.queued.count += 1;
    return this.queued.recorded;
  }
}

/**
 * Vendor requests per sync run, counted in Redis before each one is sent, so a run killed while
 * calls are in flight still has every request it made on record. The count is taken (read and
 * cleared) into the run's row when the run ends, or when a later run closes it as interrupted.
 */
@Injectable()
export class RunRequestLog {
  private readonly key: string;

  constructor(
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) redisEnv: ConfigType<typeof redisConfig>,
  ) {
    this.key = `${redisEnv.REDIS_KEY_PREFIX}:sync-run-requests`;
  }

  counterFor(runId: string): CallCounter {
    return new LoggedCallCounter((count) => this.redis.hincrby(this.key, runId, count));
  }

  /** The requests recorded for the run since the last take, cleared in the same step. */
  async take(runId: string): Promise<number> {
    const results = await this.redis.multi().hget(this.key, runId).hdel(this.key, runId).exec();
    return Number(results?.[0]?.[1] ?? 0);
  }
}
