import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SyncHealthModule } from '@app/game-platform';
import { InternalSyncController } from './internal-sync.controller';
import { InternalSyncSecretGuard } from './internal-sync-secret.guard';
import { ScoresController } from './scores.controller';
import { ScoresReadService } from './scores-read.service';
import { syncApiConfig } from './sync-api.config';
import { SyncController } from './sync.controller';
import { SyncTriggerService } from './sync-trigger.service';

/** Sync triggers (admin, external scheduler), run telemetry, freshness and score reads. */
@Module({
  imports: [ConfigModule.forFeature(syncApiConfig), SyncHealthModule],
  controllers: [SyncController, InternalSyncController, ScoresController],
  providers: [SyncTriggerService, ScoresReadService, InternalSyncSecretGuard],
})
export class SyncApiModule {}
