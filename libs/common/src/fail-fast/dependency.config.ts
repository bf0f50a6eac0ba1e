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

/** A single command's or check's share of the timeout, so the answer (503 included) still fits in it. */
export function perCallBudgetMs(timeoutMs: number): number {
  return Math.floor(timeoutMs * 0.75);
}

export const dependencyConfig = validatedConfig('dependency', DependencyEnv);
