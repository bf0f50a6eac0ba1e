import { Module } from '@nestjs/common';
import { GamePlatformModule } from '../game-platform.module';
import { GamePlatformIntegrationModule } from '../integration';
import { StrayMemberReleaser } from './stray-member.releaser';
import { TeamRemoteDeleteService } from './team-remote-delete.service';
import { TeamSyncService } from './team-sync.service';

/** The team use cases run by the worker: roster sync and remote delete. */
@Module({
  imports: [GamePlatformModule, GamePlatformIntegrationModule],
  providers: [TeamSyncService, TeamRemoteDeleteService, StrayMemberReleaser],
  exports: [TeamSyncService, TeamRemoteDeleteService],
})
export class TeamsSyncModule {}
