import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { gamePlatformIntegrationConfig } from './integration.config';
import { IntegrationSwitch } from './integration-switch';
import { VendorWriteGate } from './vendor-write-gate';

@Module({
  imports: [ConfigModule.forFeature(gamePlatformIntegrationConfig)],
  providers: [IntegrationSwitch, VendorWriteGate],
  exports: [IntegrationSwitch, VendorWriteGate],
})
export class GamePlatformIntegrationModule {}
