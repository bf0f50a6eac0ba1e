import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { syncConfig } from '../sync/sync.config';
import { FlashHealthService } from './flash-health.service';
import { SyncHealthService } from './sync-health.service';

/** Read-only sync health (runs, success rates, freshness per tier) for the API and the worker's metrics. */
@Module({
  imports: [ConfigModule.forFeature(syncConfig)],
  providers: [SyncHealthService, FlashHealthService],
  exports: [SyncHealthService, FlashHealthService],
})
export class SyncHealthModule {}
