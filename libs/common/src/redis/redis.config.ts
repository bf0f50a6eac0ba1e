import { IsNotEmpty, IsString, Matches } from 'class-validator';
import { validatedConfig } from '../config/validated-config';

export class RedisEnv {
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every key this deployment writes (queues, rate limiter): lets environments share one Redis. */
  @IsString()
  @IsNotEmpty()
  REDIS_KEY_PREFIX = 'gps';
}

export const redisConfig = validatedConfig('redis', RedisEnv);
