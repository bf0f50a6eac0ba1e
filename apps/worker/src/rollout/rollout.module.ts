import { Module } from '@nestjs/common';
import { RolloutWorkerModule } from '@app/game-platform';
import { RolloutCatchUpHandler } from './rollout-catch-up.handler';

@Module({
  imports: [RolloutWorkerModule],
  providers: [RolloutCatchUpHandler],
})
export class RolloutModule {}
