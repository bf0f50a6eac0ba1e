import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class RequestRateLimitEnv {
  /** Requests per client per window, every route except health and metrics (authenticated: per token subject; anonymous: per IP). */
  @ToNumber()
  @IsInt()
  @Min(1)
  RATE_LIMIT_REQUESTS = 600;

  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_SECONDS = 60;
}

export const requestRateLimitConfig = validatedConfig('requestRateLimit', RequestRateLimitEnv);
