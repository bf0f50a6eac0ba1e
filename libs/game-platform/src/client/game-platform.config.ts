import { IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUrl, Max, Min, ValidateIf } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';
import { DEFAULT_CLIENT_OPTIONS as D } from './game-platform-client.options';

export class GamePlatformEnv {
  /** Vendor base URL. Unset in development: the dev runner starts the simulator and sets it. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  GAME_PLATFORM_API_BASE_URL?: string;

  @ValidateIf((env: GamePlatformEnv) => env.GAME_PLATFORM_API_BASE_URL !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'GAME_PLATFORM_API_TOKEN is required when GAME_PLATFORM_API_BASE_URL is set' })
  GAME_PLATFORM_API_TOKEN?: string;

  @ToNumber()
  @IsInt()
  @Min(100)
  GAME_PLATFORM_TIMEOUT_MS = D.timeoutMs;

  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(3)
  GAME_PLATFORM_MAX_ATTEMPTS = D.maxAttempts;

  @ToNumber()
  @IsInt()
  @Min(0)
  GAME_PLATFORM_RETRY_BASE_DELAY_MS = D.retryBaseDelayMs;

  @ToNumber()
  @IsInt()
  @Min(0)
  GAME_PLATFORM_RETRY_MAX_DELAY_MS = D.retryMaxDelayMs;

  @ToNumber()
  @IsInt()
  @Min(0)
  GAME_PLATFORM_MAX_RETRY_AFTER_MS = D.maxRetryAfterMs;

  @ToNumber()
  @IsNumber()
  @Min(0.1)
  GAME_PLATFORM_RATE_LIMIT_RPS = D.rateLimit.requestsPerSecond;

  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_RATE_LIMIT_BURST = D.rateLimit.burst;

  @ToNumber()
  @IsNumber()
  @Min(0.01)
  GAME_PLATFORM_RATE_LIMIT_MIN_RPS = D.rateLimit.minRequestsPerSecond;

  @IsString()
  @IsNotEmpty()
  GAME_PLATFORM_RATE_LIMIT_KEY = D.rateLimit.key;

  @ToNumber()
  @IsInt()
  @Min(1)
  GAME_PLATFORM_BREAKER_THRESHOLD = D.breakerThreshold;

  @ToNumber()
  @IsInt()
  @Min(100)
  GAME_PLATFORM_BREAKER_COOLDOWN_MS = D.breakerCooldownMs;
}

export const gamePlatformConfig = validatedConfig('gamePlatform', GamePlatformEnv);
