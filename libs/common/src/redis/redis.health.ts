import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import { dependencyConfig, perCallBudgetMs } from '../fail-fast/dependency.config';
import { RedisClient } from './redis.module';

/** Readiness of Redis: a PING answered within the timeout. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly redis: RedisClient,
    private readonly health: HealthIndicatorService,
    @Inject(dependencyConfig.KEY) private readonly dependency: ConfigType<typeof dependencyConfig>,
  ) {}

  async check(key = 'redis', timeoutMs = perCallBudgetMs(this.dependency.DEPENDENCY_TIMEOUT_MS)) {
    const indicator = this.health.check(key);
    try {
      await withTimeout(this.redis.ping(), timeoutMs);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
