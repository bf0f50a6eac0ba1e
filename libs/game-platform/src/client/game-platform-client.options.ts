/** Everything the client needs; the Nest module fills it from GamePlatformEnv, plain code passes it directly. */
export interface GamePlatformClientOptions {
  baseUrl: string;
  token: string;
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Attempts per call, first one included (network errors, timeouts, 5xx and 429 only). */
  maxAttempts: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** A 429 whose Retry-After is longer than this is not waited for in-call; the caller gets rate_limited. */
  maxRetryAfterMs: number;
  /** Consecutive vendor failures (5xx, timeout, network) that open the circuit. */
  breakerThreshold: number;
  /** How long an open circuit fails fast before letting one trial call through. */
  breakerCooldownMs: number;
  rateLimit: RateLimitOptions;
}

export interface RateLimitOptions {
  /** Redis key (under the connection's own keyPrefix) shared by every process of the integration. */
  key: string;
  requestsPerSecond: number;
  /** Requests that may go out back to back before spacing applies. */
  burst: number;
  /** Floor of the adaptive rate after repeated 429s. */
  minRequestsPerSecond: number;
  /** Share of the configured rate regained per successful request after a 429 lowered it. */
  recoveryStep: number;
}

export const DEFAULT_CLIENT_OPTIONS: Omit<GamePlatformClientOptions, 'baseUrl' | 'token'> = {
  timeoutMs: 10_000,
  maxAttempts: 3,
  retryBaseDelayMs: 250,
  retryMaxDelayMs: 5_000,
  maxRetryAfterMs: 30_000,
  breakerThreshold: 5,
  breakerCooldownMs: 30_000,
  rateLimit: { key: 'game-platform:rate-limit', requestsPerSecond: 5, burst: 1, minRequestsPerSecond: 0.5, recoveryStep: 0.05 },
};
