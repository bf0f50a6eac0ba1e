import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/common';
import { SyncHealthService, SyncMetricsCollector, VendorCallWindow, VendorMetricsCollector } from '@app/game-platform';
import { QueueMetricsCollector } from '@app/jobs';
import { WorkerMetricsController } from './metrics.controller';

/**
 * GET /metrics of the worker: job durations and outcomes per type (JobOutcomeListener), vendor calls,
 * rate-limiter waits and breaker state of this process, plus queue depth and sync lag.
 */
@Module({
  imports: [MetricsModule],
  controllers: [WorkerMetricsController],
  providers: [QueueMetricsCollector, SyncHealthService, SyncMetricsCollector, VendorCallWindow, VendorMetricsCollector],
})
export class WorkerMetricsModule {}
