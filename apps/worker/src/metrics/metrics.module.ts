import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/common';
import { SyncHealthModule, SyncMetricsCollector, VendorCallWindow, VendorMetricsCollector } from '@app/game-platform';
import { QueueMetricsCollector } from '@app/jobs';
import { WorkerMetricsController } from './metrics.controller';

/**
 * GET /metrics of the worker: job durations and outcomes per type (JobOutcomeListener), vendor calls,
 * rate-limiter waits and breaker state of this process, plus queue depth and sync lag.
 */
@Module({
  imports: [MetricsModule, SyncHealthModule],
  controllers: [WorkerMetricsController],
  providers: [QueueMetricsCollector, SyncMetricsCollector, VendorCallWindow, VendorMetricsCollector],
})
export class WorkerMetricsModule {}
