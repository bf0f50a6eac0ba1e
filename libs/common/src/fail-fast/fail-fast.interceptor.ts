import { CallHandler, ExecutionContext, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import { catchError, mergeMap, NEVER, Observable, race, throwError, timer } from 'rxjs';
import { Dependency, unavailableDependency } from './dependency-errors';

/** What the interceptor asks when a request is still running at its deadline. */
export interface DependencyStatus {
  /** The dependency known to be unreachable right now (no I/O), or null when all look connected. */
  unreachable(): Dependency | null;
}

const NAMES: Record<Dependency, string> = { redis: 'Redis', postgresql: 'PostgreSQL' };

export function dependencyUnavailable(dependency: Dependency, why: string): ServiceUnavailableException {
  return new ServiceUnavailableException(`${NAMES[dependency]} is unavailable (${why}); retry in a few seconds`);
}

/**
 * Never hang on a dead dependency: an error that says Redis or PostgreSQL is unreachable becomes a
 * 503 naming it, and a request still running after `timeoutMs` while a dependency is disconnected
 * is answered 503 at once. A slow request with every dependency connected is left alone.
 */
export class FailFastInterceptor implements NestInterceptor {
  constructor(
    private readonly timeoutMs: number,
    private readonly status: DependencyStatus,
  ) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const handled = next.handle().pipe(
      catchError((error: unknown) => {
        const dependency = unavailableDependency(error);
        return throwError(() => (dependency ? dependencyUnavailable(dependency, (error as Error).message) : error));
      }),
    );
    const deadline = timer(this.timeoutMs).pipe(
      mergeMap(() => {
        const dependency = this.status.unreachable();
        return dependency ? throwError(() => dependencyUnavailable(dependency, `disconnected, no answer within ${this.timeoutMs} ms`)) : NEVER;
      }),
    );
    return race(handled, deadline);
  }
}
