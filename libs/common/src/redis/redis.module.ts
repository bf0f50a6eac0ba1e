import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { dependencyConfig } from '../fail-fast/dependency.config';
import { DataVersion } from './data-version';
import { redisConfig } from './redis.config';
import { RedisClient } from './redis-client';

export { RedisClient } from './redis-client';

@Global()
@Module({
  imports: [ConfigModule.forFeature(redisConfig), ConfigModule.forFeature(dependencyConfig)],
  providers: [RedisClient, DataVersion],
  exports: [RedisClient, DataVersion, ConfigModule],
})
export class RedisModule {}
