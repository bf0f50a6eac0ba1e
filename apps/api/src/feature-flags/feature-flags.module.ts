import { Module } from '@nestjs/common';
import { GamePlatformIntegrationModule } from '@app/game-platform';
import { FeatureFlagsController } from './feature-flags.controller';
import { FeatureFlagsService } from './feature-flags.service';
import { GamePlatformRollout } from './game-platform-rollout.service';

/** Import this module to inject GamePlatformRollout (and FeatureFlagsService to read a rule). */
@Module({
  imports: [GamePlatformIntegrationModule],
  controllers: [FeatureFlagsController],
  providers: [FeatureFlagsService, GamePlatformRollout],
  exports: [GamePlatformRollout, FeatureFlagsService, GamePlatformIntegrationModule],
})
export class FeatureFlagsModule {}
