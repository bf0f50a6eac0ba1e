import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { FixedWindowCounter, RateLimitVerdict } from './fixed-window.counter';
import { vendorActionRateLimitConfig } from './vendor-action-rate-limit.config';

@Injectable()
export class VendorActionRateLimiter {
  constructor(
    private readonly counter: FixedWindowCounter,
    @Inject(vendorActionRateLimitConfig.KEY) private readonly config: ConfigType<typeof vendorActionRateLimitConfig>,
  ) {}

  hit(userId: string): Promise<RateLimitVerdict> {
    return this.counter.hit(`vendor-actions:${userId}`, this.config.VENDOR_ACTION_RATE_LIMIT, this.config.VENDOR_ACTION_RATE_WINDOW_SECONDS);
  }
}
