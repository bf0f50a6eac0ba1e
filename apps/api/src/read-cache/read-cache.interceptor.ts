import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply } from 'fastify';
import { from, lastValueFrom, map, Observable } from 'rxjs';
import { AuthenticatedRequest } from '../auth';
import { CACHED_READ, CachedReadScope } from './cached-read.decorator';
import { readCacheKey } from './read-cache-key';
import { ReadCache, ReadCacheAnswer } from './read-cache.service';

export const CACHE_STATUS_HEADER = 'cache-status';
const CACHE_NAME = 'gps-api';

/**
 * Answers @CachedRead() handlers through the ReadCache: the handler (pipes included) runs only on
 * a miss, and every answer, computed or cached, is sent as the same serialized JSON with an RFC 9211
 * Cache-Status header saying which it was.
 */
@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly cache: ReadCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const scope = this.reflector.get<CachedReadScope | undefined>(CACHED_READ, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    if (!scope || !request.user || request.method !== 'GET') return next.handle();
    const reply = http.getResponse<FastifyReply>();
    const key = readCacheKey(request, request.user, scope);
    return from(this.cache.read(key, () => lastValueFrom(next.handle()))).pipe(
      map((answer) => {
        void reply.header(CACHE_STATUS_HEADER, cacheStatus(answer)).type('application/json; charset=utf-8');
        return answer.body;
      }),
    );
  }
}

function cacheStatus(answer: ReadCacheAnswer): string {
  switch (answer.result) {
    case 'hit':
    case 'stale':
      return `${CACHE_NAME}; hit; ttl=${answer.ttlSeconds}`;
    case 'miss':
      return `${CACHE_NAME}; fwd=miss`;
    case 'collapsed':
      return `${CACHE_NAME}; fwd=miss; collapsed`;
    case 'bypass':
      return `${CACHE_NAME}; fwd=bypass`;
  }
}
