import { Module } from '@nestjs/common';
import { FeatureFlagsModule } from '../feature-flags/feature-flags.module';
import { VendorActionRateLimitModule } from '../rate-limit/vendor-action-rate-limit.module';
import { CompetitorGamePlatformController } from './competitor-game-platform.controller';
import { CompetitorGamePlatformService } from './competitor-game-platform.service';
import { CompetitorsController } from './competitors.controller';
import { CompetitorListRepository } from './competitor-list.repository';
import { CompetitorsService } from './competitors.service';

@Module({
  imports: [FeatureFlagsModule, VendorActionRateLimitModule],
  controllers: [CompetitorsController, CompetitorGamePlatformController],
  providers: [CompetitorsService, CompetitorListRepository, CompetitorGamePlatformService],
})
export class CompetitorsModule {}
