import { Module } from '@nestjs/common';
import { GamePlatformModule } from '../game-platform.module';
import { GamePlatformIntegrationModule } from '../integration';
import { CompetitorOnboarding } from './competitor-onboarding.service';

@Module({
  imports: [GamePlatformModule, GamePlatformIntegrationModule],
  providers: [CompetitorOnboarding],
  exports: [CompetitorOnboarding],
})
export class CompetitorOnboardingModule {}
