import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@app/common';
import { SchedulesHealthIndicator, WorkerJobsModule, WorkersHealthIndicator } from '@app/jobs';
import { DatabaseHealthIndicator } from '@app/persistence';
import { WorkerHealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), DiscoveryModule, WorkerJobsModule],
  controllers: [WorkerHealthController],
  providers: [DatabaseHealthIndicator, RedisHealthIndicator, WorkersHealthIndicator, SchedulesHealthIndicator],
})
export class WorkerHealthModule {}
