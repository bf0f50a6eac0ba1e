import { Module } from '@nestjs/common';
import { RolloutWorkerModule, TeamsSyncModule } from '@app/game-platform';
import { WorkerJobsModule } from '@app/jobs';
import { RosterSweepScheduler } from './roster-sweep.scheduler';
import { TeamJobsHandler } from './team-jobs.handler';
import { TeamsProcessor } from './teams.processor';

@Module({
  imports: [TeamsSyncModule, WorkerJobsModule, RolloutWorkerModule],
  providers: [TeamsProcessor, TeamJobsHandler, RosterSweepScheduler],
})
export class TeamsWorkerModule {}
