import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { readCacheConfig } from './read-cache.config';
import { ReadCacheInterceptor } from './read-cache.interceptor';
import { ReadCache } from './read-cache.service';
import { WriteInvalidationInterceptor } from './write-invalidation.interceptor';

/** The read cache of @CachedRead() handlers and the invalidation after every API write (ADR 0031). */
@Module({
  imports: [ConfigModule.forFeature(readCacheConfig)],
  providers: [ReadCache, { provide: APP_INTERCEPTOR, useClass: ReadCacheInterceptor }, { provide: APP_INTERCEPTOR, useClass: WriteInvalidationInterceptor }],
  exports: [ReadCache],
})
export class ReadCacheModule {}
