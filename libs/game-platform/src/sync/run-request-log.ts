import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';
import { CallCounter } from '../client';

/** A run's call counter that also records each request in Redis before it leaves. */
class LoggedCallCounter extends CallCounter {
  constructor(private readonly record: () => Promise<unknown>) {
    super();
  }

  override async beforeSend(): Promise<void> {
    await this.record();
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
    return new LoggedCallCounter(() => this.redis.hincrby(this.key, runId, 1));
  }

  /** The requests recorded for the run since the last take, cleared in the same step. */
  async take(runId: string): Promise<number> {
    const results = await this.redis.multi().hget(this.key, runId).hdel(this.key, runId).exec();
    return Number(results?.[0]?.[1] ?? 0);
  }
}
