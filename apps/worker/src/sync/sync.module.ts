import { Module } from '@nestjs/common';
import { GamePlatformSyncModule } from '@app/game-platform';
import { WorkerJobsModule } from '@app/jobs';
import { SyncHandlers } from './sync.handlers';
import { SyncProcessor } from './sync.processor';

@Module({
  imports: [GamePlatformSyncModule, WorkerJobsModule],
  providers: [SyncProcessor, SyncHandlers],
})
export class SyncModule {}
