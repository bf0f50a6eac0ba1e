import { Module } from '@nestjs/common';
import { TeamsSyncModule } from '@app/game-platform';
import { WorkerJobsModule } from '@app/jobs';
import { RosterSweepScheduler } from './roster-sweep.scheduler';
import { TeamJobsHandler } from './team-jobs.handler';
import { TeamsProcessor } from './teams.processor';

@Module({
  imports: [TeamsSyncModule, WorkerJobsModule],
  providers: [TeamsProcessor, TeamJobsHandler, RosterSweepScheduler],
})
export class TeamsWorkerModule {}
