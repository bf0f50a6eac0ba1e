import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GamePlatformModule } from '../game-platform.module';
import { GamePlatformIntegrationModule } from '../integration';
import { PendingRosterSweeper } from './pending-roster.sweeper';
import { rosterSweepConfig } from './roster-sweep.config';
import { StrayMemberReleaser } from './stray-member.releaser';
import { TeamRemoteDeleteService } from './team-remote-delete.service';
import { TeamSyncService } from './team-sync.service';

/** The team use cases run by the worker: roster sync, remote delete and the pending-roster sweep. */
@Module({
  imports: [GamePlatformModule, GamePlatformIntegrationModule, ConfigModule.forFeature(rosterSweepConfig)],
  providers: [TeamSyncService, TeamRemoteDeleteService, StrayMemberReleaser, PendingRosterSweeper],
  exports: [TeamSyncService, TeamRemoteDeleteService, PendingRosterSweeper, ConfigModule],
})
export class TeamsSyncModule {}
