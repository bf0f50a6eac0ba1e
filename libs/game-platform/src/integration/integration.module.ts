import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { gamePlatformIntegrationConfig } from './integration.config';
import { IntegrationSwitch } from './integration-switch';

@Module({
  imports: [ConfigModule.forFeature(gamePlatformIntegrationConfig)],
  providers: [IntegrationSwitch],
  exports: [IntegrationSwitch],
})
export class GamePlatformIntegrationModule {}
