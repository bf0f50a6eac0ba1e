import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CatchUpReport, RolloutCatchUp } from '@app/game-platform';
import { JobHandler, JobName, JobQueueService } from '@app/jobs';

/**
 * Runs the rollout catch-up; a worker that starts asks for one, since the master switch
 * (GAME_PLATFORM_INTEGRATION_ENABLED) only changes with a restart. Flag changes ask for one from the API.
 */
@Injectable()
export class RolloutCatchUpHandler implements OnApplicationBootstrap {
  constructor(
    private readonly catchUp: RolloutCatchUp,
    private readonly jobs: JobQueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.enqueue(JobName.RolloutCatchUp, { requestedBy: 'system', reason: 'worker_start' });
  }

  @JobHandler(JobName.RolloutCatchUp)
  run(): Promise<CatchUpReport> {
    return this.catchUp.run();
  }
}
