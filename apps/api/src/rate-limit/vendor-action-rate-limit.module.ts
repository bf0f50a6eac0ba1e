import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { vendorActionRateLimitConfig } from './vendor-action-rate-limit.config';
import { FixedWindowCounter } from './fixed-window.counter';
import { VendorActionRateLimiter } from './vendor-action-rate-limiter';

/** Import into a module whose controllers use @VendorActionRateLimited(). */
@Module({
  imports: [ConfigModule.forFeature(vendorActionRateLimitConfig)],
  providers: [FixedWindowCounter, VendorActionRateLimiter],
  exports: [VendorActionRateLimiter],
})
export class VendorActionRateLimitModule {}
