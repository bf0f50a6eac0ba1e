import { Module } from '@nestjs/common';
import { CompetitorOnboardingModule, RolloutWorkerModule } from '@app/game-platform';
import { WorkerJobsModule } from '@app/jobs';
import { CompetitorJobHandlers } from './competitor-jobs.handlers';
import { CompetitorsProcessor } from './competitors.processor';

@Module({
  imports: [WorkerJobsModule, CompetitorOnboardingModule, RolloutWorkerModule],
  providers: [CompetitorsProcessor, CompetitorJobHandlers],
})
export class CompetitorsWorkerModule {}
