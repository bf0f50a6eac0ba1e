import { Module } from '@nestjs/common';
import { GamePlatformIntegrationModule } from '../integration';
import { RolloutCatchUp } from './rollout-catch-up.service';
import { RolloutParking } from './rollout-parking.service';

/** The worker's side of the rollout: parking jobs of coaches not allowed, and catching up once they are. */
@Module({
  imports: [GamePlatformIntegrationModule],
  providers: [RolloutParking, RolloutCatchUp],
  exports: [RolloutParking, RolloutCatchUp, GamePlatformIntegrationModule],
})
export class RolloutWorkerModule {}
