import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitBreakerPolicy,
  ConsecutiveBreaker,
  DelegateBackoff,
  handleWhen,
  IRetryBackoffContext,
  retry,
  RetryPolicy,
} from 'cockatiel';
import { GamePlatformClientOptions } from './game-platform-client.options';
import { GamePlatformError } from './game-platform.error';

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * min(maxMs, baseMs * 2^(n-1)), so retries spread out but never collapse to zero.
 */
export function backoffDelay(retryNumber: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The vendor itself is failing: a transient failure other than its rate limit (which is an answer,
 * handled below) and other than our own open breaker (not a vendor answer). Counts toward the
 * breaker and is retried.
 */
export function isVendorFailure(error: unknown): boolean {
  return error instanceof GamePlatformError && error.retryable && error.code !== 'rate_limited' && !error.context.circuitOpen;
}

/** Worth another attempt within the same call: vendor failures, and 429s whose Retry-After we can afford. */
export function isRetryableInCall(error: unknown, maxRetryAfterMs: number): boolean {
  if (isVendorFailure(error)) return true;
  return error instanceof GamePlatformError && error.code === 'rate_limited' && (error.context.retryAfterMs ?? 0) <= maxRetryAfterMs;
}

export interface ResiliencePolicies {
  retry: RetryPolicy;
  breaker: CircuitBreakerPolicy;
}

export function buildPolicies(options: GamePlatformClientOptions): ResiliencePolicies {
  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>>((context) => {
    const error = 'error' in context.result ? context.result.error : undefined;
    const retryAfterMs = error instanceof GamePlatformError ? error.context.retryAfterMs : undefined;
    if (retryAfterMs !== undefined) return retryAfterMs;
    return backoffDelay(context.attempt, options.retryBaseDelayMs, options.retryMaxDelayMs);
  });
  return {
    retry: retry(
      handleWhen((error) => isRetryableInCall(error, options.maxRetryAfterMs)),
      { maxAttempts: options.maxAttempts - 1, backoff },
    ),
    breaker: circuitBreaker(handleWhen(isVendorFailure), {
      halfOpenAfter: options.breakerCooldownMs,
      breaker: new ConsecutiveBreaker(options.breakerThreshold),
    }),
  };
}

export { BrokenCircuitError };
