import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { FixedWindowCounter } from './fixed-window.counter';
import { requestRateLimitConfig } from './request-rate-limit.config';

/** The global request rate limit's counter and settings (the hook is installed by limitRequestRate). */
@Module({
  imports: [ConfigModule.forFeature(requestRateLimitConfig)],
  providers: [FixedWindowCounter],
  exports: [FixedWindowCounter, ConfigModule],
})
export class RequestRateLimitModule {}
