import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { databaseConfig } from '@app/persistence';
import { GamePlatformModule } from '../game-platform.module';
import { BatchSelectionRepository } from './batch-selection.repository';
import { CompetitorSyncNow } from './competitor-sync-now.service';
import { FlashDetection } from './flash-detection';
import { FlashSentinel } from './flash-sentinel';
import { FlashSentinelCandidates } from './flash-sentinel-candidates';
import { FlashWindows } from './flash-windows';
import { IncrementalSyncService } from './incremental-sync.service';
import { RosterDriftCheck } from './roster-drift';
import { syncConfig } from './sync.config';
import { RunRequestLog } from './run-request-log';
import { SyncRunRepository } from './sync-run.repository';
import { SyncWriteRepository } from './sync-write.repository';
import { TotalsRepository } from './totals.repository';
import { TotalsSweepService } from './totals-sweep.service';

/** The score sync use cases, for the worker (the API only enqueues and reads). */
@Module({
  imports: [ConfigModule.forFeature(syncConfig), ConfigModule.forFeature(databaseConfig), GamePlatformModule],
  providers: [
    BatchSelectionRepository,
    SyncWriteRepository,
    SyncRunRepository,
    RunRequestLog,
    TotalsRepository,
    FlashSentinelCandidates,
    FlashWindows,
    FlashSentinel,
    FlashDetection,
    RosterDriftCheck,
    IncrementalSyncService,
    TotalsSweepService,
    CompetitorSyncNow,
  ],
  exports: [IncrementalSyncService, TotalsSweepService, CompetitorSyncNow, SyncWriteRepository, ConfigModule],
})
export class GamePlatformSyncModule {}
