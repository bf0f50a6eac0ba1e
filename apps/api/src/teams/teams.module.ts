import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { FeatureFlagsModule } from '../feature-flags/feature-flags.module';
import { VendorActionRateLimitModule } from '../rate-limit/vendor-action-rate-limit.module';
import { TeamMembersService } from './team-members.service';
import { TeamSyncScheduler } from './team-sync.scheduler';
import { TeamsController } from './teams.controller';
import { teamsConfig } from './teams.config';
import { TeamListRepository } from './team-list.repository';
import { TeamsService } from './teams.service';

@Module({
  imports: [ConfigModule.forFeature(teamsConfig), FeatureFlagsModule, VendorActionRateLimitModule],
  controllers: [TeamsController],
  providers: [TeamsService, TeamMembersService, TeamSyncScheduler, TeamListRepository],
})
export class TeamsModule {}
