import { IsInt, Max, Min } from 'class-validator';
import { ToNumber } from '../config/env-transforms';
import { validatedConfig } from '../config/validated-config';

export class DependencyEnv {
  /**
   * How long a request, a probe or a Redis command waits for PostgreSQL or Redis before giving up:
   * a dependency that is down answers 503 within this, never a hang.
   */
  @ToNumber()
  @IsInt()
  @Min(100)
  @Max(60_000)
  DEPENDENCY_TIMEOUT_MS = 2000;
}

/**
 * A single command's or readiness check's share of the timeout: half, so a request making two
 * calls, or a probe, still answers (503 included) within it.
 */
export function perCallBudgetMs(timeoutMs: number): number {
  return Math.floor(timeoutMs / 2);
}

/** When a request still running while Redis is disconnected is answered 503 (after the checks' own budget). */
export function requestDeadlineMs(timeoutMs: number): number {
  return Math.floor(timeoutMs * 0.75);
}

export const dependencyConfig = validatedConfig('dependency', DependencyEnv);
