import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { RecurringSchedules } from '../schedules/recurring-schedules.service';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobOutcomeListener } from './job-outcome.listener';

/**
 * Worker-side job plumbing: handler discovery, dead letters, job metrics and the self-healing
 * recurring schedules. Each queue's processor is declared by its domain module.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlerRegistry, JobOutcomeListener, RecurringSchedules],
  exports: [JobHandlerRegistry, RecurringSchedules],
})
export class WorkerJobsModule {}
