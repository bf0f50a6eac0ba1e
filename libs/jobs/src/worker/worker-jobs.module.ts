import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobOutcomeListener } from './job-outcome.listener';

/** Worker-side job plumbing: handler discovery, dead letters and job metrics. Each queue's processor is declared by its domain module. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlerRegistry, JobOutcomeListener],
  exports: [JobHandlerRegistry],
})
export class WorkerJobsModule {}
