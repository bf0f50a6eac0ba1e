import { GamePlatformError } from './game-platform.error';
import { backoffDelay, isRetryableInCall, isVendorFailure } from './resilience';

const error = (code: GamePlatformError['code'], status: number | null, extra: object = {}) =>
  new GamePlatformError(code, code, status, { method: 'GET', path: '/', ...extra });

describe('backoffDelay', () => {
  it('doubles its ceiling per retry and stays within [ceiling/2, ceiling]', () => {
    for (const [retry, ceiling] of [
      [1, 100],
      [2, 200],
      [3, 400],
    ]) {
      expect(backoffDelay(retry, 100, 10_000, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(retry, 100, 10_000, () => 1)).toBe(ceiling);
      const sampled = backoffDelay(retry, 100, 10_000);
      expect(sampled).toBeGreaterThanOrEqual(ceiling / 2);
      expect(sampled).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never exceeds the maximum delay', () => {
    expect(backoffDelay(20, 100, 5_000, () => 1)).toBe(5_000);
    expect(backoffDelay(20, 100, 5_000, () => 0)).toBe(2_500);
  });
});

describe('retry and breaker classification', () => {
  it('treats 5xx, timeouts and network errors as vendor failures', () => {
    expect(isVendorFailure(error('server_error', 500))).toBe(true);
    expect(isVendorFailure(error('unavailable', 503))).toBe(true);
    expect(isVendorFailure(error('timeout', null))).toBe(true);
    expect(isVendorFailure(error('network', null))).toBe(true);
  });

  it('does not retry 4xx answers, invalid payloads or an open circuit', () => {
    for (const code of ['unauthorized', 'not_found', 'validation', 'conflict_exists', 'invalid_response', 'aborted'] as const) {
      expect(isRetryableInCall(error(code, 400), 30_000)).toBe(false);
    }
    expect(isRetryableInCall(error('unavailable', null, { circuitOpen: true }), 30_000)).toBe(false);
  });

  it('retries a 429 only when its Retry-After fits the bound', () => {
    expect(isRetryableInCall(error('rate_limited', 429, { retryAfterMs: 1_000 }), 30_000)).toBe(true);
    expect(isRetryableInCall(error('rate_limited', 429), 30_000)).toBe(true);
    expect(isRetryableInCall(error('rate_limited', 429, { retryAfterMs: 60_000 }), 30_000)).toBe(false);
    expect(isVendorFailure(error('rate_limited', 429))).toBe(false);
  });
});
