import { Logger, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { ConfigValidationError, RedisClient, RedisModule, redisConfig } from '@app/common';
import { JOB_DEFERRAL } from '@app/jobs';
import { DEFAULT_CLIENT_OPTIONS, GamePlatformClient, GamePlatformClientOptions, gamePlatformConfig, VendorOutageDeferral } from './client';

export function clientOptionsFromEnv(env: ConfigType<typeof gamePlatformConfig>, redis: ConfigType<typeof redisConfig>): GamePlatformClientOptions {
  const { GAME_PLATFORM_API_BASE_URL: baseUrl, GAME_PLATFORM_API_TOKEN: token } = env;
  if (!baseUrl || !token) {
    const missing = [!baseUrl && 'GAME_PLATFORM_API_BASE_URL', !token && 'GAME_PLATFORM_API_TOKEN'].filter(Boolean);
    throw new ConfigValidationError(
      missing.map((name) => `${name} must be set: the worker calls the game platform (npm run dev starts a simulator when it is unset)`),
    );
  }
  return {
    baseUrl,
    token,
    timeoutMs: env.GAME_PLATFORM_TIMEOUT_MS,
    maxAttempts: env.GAME_PLATFORM_MAX_ATTEMPTS,
    retryBaseDelayMs: env.GAME_PLATFORM_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: env.GAME_PLATFORM_RETRY_MAX_DELAY_MS,
    maxRetryAfterMs: env.GAME_PLATFORM_MAX_RETRY_AFTER_MS,
    breakerThreshold: env.GAME_PLATFORM_BREAKER_THRESHOLD,
    breakerCooldownMs: env.GAME_PLATFORM_BREAKER_COOLDOWN_MS,
    rateLimit: {
      key: `${redis.REDIS_KEY_PREFIX}:${env.GAME_PLATFORM_RATE_LIMIT_KEY}`,
      requestsPerSecond: env.GAME_PLATFORM_RATE_LIMIT_RPS,
      burst: env.GAME_PLATFORM_RATE_LIMIT_BURST,
      minRequestsPerSecond: env.GAME_PLATFORM_RATE_LIMIT_MIN_RPS,
      recoveryStep: DEFAULT_CLIENT_OPTIONS.rateLimit.recoveryStep,
    },
  };
}

@Module({
  imports: [ConfigModule.forFeature(gamePlatformConfig), RedisModule],
  providers: [
    {
      provide: GamePlatformClient,
      inject: [gamePlatformConfig.KEY, redisConfig.KEY, RedisClient],
      useFactory: (env: ConfigType<typeof gamePlatformConfig>, redisEnv: ConfigType<typeof redisConfig>, redis: RedisClient) =>
        new GamePlatformClient(clientOptionsFromEnv(env, redisEnv), redis, new Logger(GamePlatformClient.name)),
    },
    {
      provide: JOB_DEFERRAL,
      inject: [GamePlatformClient, gamePlatformConfig.KEY],
      useFactory: (client: GamePlatformClient, env: ConfigType<typeof gamePlatformConfig>) =>
        new VendorOutageDeferral(client, env.GAME_PLATFORM_BREAKER_COOLDOWN_MS),
    },
  ],
  exports: [GamePlatformClient, JOB_DEFERRAL],
})
export class GamePlatformModule {}
