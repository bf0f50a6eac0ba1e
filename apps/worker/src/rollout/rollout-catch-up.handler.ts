import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RedisClient, redisConfig } from '@app/common';
import { CatchUpReport, IntegrationSwitch, RolloutCatchUp } from '@app/game-platform';
import { JobHandler, JobName, JobQueueService } from '@app/jobs';

/**
 * Runs the rollout catch-up. The master switch (GAME_PLATFORM_INTEGRATION_ENABLED) only changes with a
 * restart: each worker records the switch it started with in Redis, and the first one to start with it
 * on after it was off asks for a catch-up. Flag changes ask for one from the API.
 */
@Injectable()
export class RolloutCatchUpHandler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RolloutCatchUpHandler.name);
  private readonly switchKey: string;

  constructor(
    private readonly catchUp: RolloutCatchUp,
    private readonly jobs: JobQueueService,
    private readonly integration: IntegrationSwitch,
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) redisEnv: ConfigType<typeof redisConfig>,
  ) {
    this.switchKey = `${redisEnv.REDIS_KEY_PREFIX}:integration:switch`;
  }

  /** Never keeps the worker from starting; a flag change or the next start asks again. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const previous = await this.redis.getset(this.switchKey, this.integration.enabled ? 'on' : 'off');
      if (previous === 'off' && this.integration.enabled) {
        await this.jobs.enqueue(JobName.RolloutCatchUp, { requestedBy: 'system', reason: 'switch_turned_on' });
      }
    } catch (error) {
      this.logger.warn({ msg: 'master switch change not checked at start', err: error });
    }
  }

  @JobHandler(JobName.RolloutCatchUp)
  run(): Promise<CatchUpReport> {
    return this.catchUp.run();
  }
}
