import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { mergeMap, Observable } from 'rxjs';
import { DataVersion } from '@app/common';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After every successful write through the API, and before it is answered, replaces the data
 * version: the read cache of every API replica then computes its next answers afresh, so the writer
 * reads its own write. A Redis that does not answer leaves the write answered (the TTL then bounds
 * how long replicas may serve the previous answers).
 */
@Injectable()
export class WriteInvalidationInterceptor implements NestInterceptor {
  private readonly logger = new Logger(WriteInvalidationInterceptor.name);

  constructor(private readonly dataVersion: DataVersion) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (READ_METHODS.has(context.switchToHttp().getRequest<FastifyRequest>().method)) return next.handle();
    return next.handle().pipe(
      mergeMap(async (value: unknown) => {
        await this.dataVersion.bump().catch((error: unknown) => this.logger.warn({ msg: 'data version not bumped after a write: Redis failed', err: error }));
        return value;
      }),
    );
  }
}
