import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/common';
import { SyncHealthModule, SyncMetricsCollector } from '@app/game-platform';
import { QueueMetricsCollector } from '@app/jobs';
import { MetricsController } from './metrics.controller';

/** GET /metrics of the API: queue depth per state, paused queues, open dead letters, sync lag per tier, alerts (AdminModule). */
@Module({
  imports: [MetricsModule, SyncHealthModule],
  controllers: [MetricsController],
  providers: [QueueMetricsCollector, SyncMetricsCollector],
})
export class ApiMetricsModule {}
