import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CatchUpReport, RolloutCatchUp } from '@app/game-platform';
import { JobHandler, JobName, JobQueueService } from '@app/jobs';

/**
 * Runs the rollout catch-up; a worker that starts asks for one, since the master switch
 * (GAME_PLATFORM_INTEGRATION_ENABLED) only changes with a restart. Flag changes ask for one from the API.
 */
@Injectable()
export class RolloutCatchUpHandler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RolloutCatchUpHandler.name);

  constructor(
    private readonly catchUp: RolloutCatchUp,
    private readonly jobs: JobQueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Never keeps the worker from starting; the next flag change or start asks again.
    await this.jobs
      .enqueue(JobName.RolloutCatchUp, { requestedBy: 'system', reason: 'worker_start' })
      .catch((error: unknown) => this.logger.warn({ msg: 'rollout catch-up not enqueued at start', err: error }));
  }

  @JobHandler(JobName.RolloutCatchUp)
  run(): Promise<CatchUpReport> {
    return this.catchUp.run();
  }
}
