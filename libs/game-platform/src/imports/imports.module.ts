import { Module } from '@nestjs/common';
import { GamePlatformModule } from '../game-platform.module';
import { PlatformIdVerification } from './platform-id-verification.service';

@Module({
  imports: [GamePlatformModule],
  providers: [PlatformIdVerification],
  exports: [PlatformIdVerification],
})
export class PlatformIdVerificationModule {}
