import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import Redis from 'ioredis';
import { dependencyConfig } from '../fail-fast/dependency.config';
import { redisConfig } from './redis.config';
import { failFastRedisOptions, redisOptionsFromUrl } from './redis-connection';

/** The app's own Redis connection (rate limiter, health, locks); BullMQ keeps its own connections. */
@Injectable()
export class RedisClient extends Redis implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>,
    @Inject(dependencyConfig.KEY) private readonly dependency: ConfigType<typeof dependencyConfig>,
  ) {
    // Unlike BullMQ's blocking connections, our commands never wait long for Redis: until the first
    // connection they queue (within the command timeout), after it they are refused at once while
    // disconnected, and fail when a connected Redis does not answer in time.
    super(redisOptionsFromUrl(config.REDIS_URL, { ...failFastRedisOptions(dependency.DEPENDENCY_TIMEOUT_MS), enableOfflineQueue: true }));
    this.once('ready', () => {
      this.options.enableOfflineQueue = false;
    });
    this.on('error', () => undefined); // connection errors surface through health checks and failed commands
  }

  /** Start with a connection when Redis answers; when it does not, start anyway (readiness says so) and keep trying. */
  async onModuleInit(): Promise<void> {
    if (this.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, this.dependency.DEPENDENCY_TIMEOUT_MS);
      this.once('ready', done);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    // quit() would wait for a connection that may never come; a client that is not ready just stops.
    if (this.status === 'ready') await this.quit().catch(() => this.disconnect());
    else this.disconnect();
  }
}
