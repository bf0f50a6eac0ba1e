import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class VendorActionRateLimitEnv {
  /** Coach-triggered game platform actions (onboard, retry, password reset, ...) allowed per coach per window. */
  @ToNumber()
  @IsInt()
  @Min(1)
  VENDOR_ACTION_RATE_LIMIT = 30;

  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(86_400)
  VENDOR_ACTION_RATE_WINDOW_SECONDS = 60;
}

export const vendorActionRateLimitConfig = validatedConfig('vendorActionRateLimit', VendorActionRateLimitEnv);
