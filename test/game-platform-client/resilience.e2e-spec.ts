import { ConsoleLogger, Logger } from '@nestjs/common';
import { GamePlatformClient, VendorCallEvent } from '@app/game-platform';
import { simulatedUserId } from '../../apps/game-platform-sim/src';
import { CapturingLogger, ClientStack, failure, fastOptions, clientStack } from './client-fixtures';

const USER = simulatedUserId(1);

/** Wall-clock start and end of every request a client sends. */
function recordRequests(client: GamePlatformClient) {
  const requests: (VendorCallEvent & { startedAt: number; endedAt: number })[] = [];
  client.onCall((event) => {
    const endedAt = Date.now();
    requests.push({ ...event, startedAt: endedAt - event.durationMs, endedAt });
  });
  return requests;
}

describe('GamePlatformClient resilience', () => {
  let stack: ClientStack;
  const control = () => stack.sim.control;

  beforeAll(async () => {
    stack = await clientStack('gp-client-resilience');
  });
  beforeEach(async () => {
    await control().clearFaults();
    await control().resetCounters();
  });
  afterAll(() => stack.close());

  it('retries 5xx and succeeds on the third attempt', async () => {
    const { client, logger } = stack.client();
    await control().setFaults({ failNext: 2, errorStatus: 503 });
    await expect(client.getUser(USER)).resolves.toMatchObject({ syned_user_id: USER });
    expect(await control().count('GET /users', 503)).toBe(2);
    expect(await control().count('GET /users', 200)).toBe(1);
    expect(logger.records().map((line) => [line.attempt, line.status, line.outcome])).toEqual([
      [1, 503, 'error'],
      [2, 503, 'error'],
      [3, 200, 'success'],
    ]);
  });

  it('never sends more than 3 requests for a failing call, with growing jittered backoff', async () => {
    const { client } = stack.client({ retryBaseDelayMs: 100, retryMaxDelayMs: 1_000 });
    const requests = recordRequests(client);
    await control().setFaults({ errorRate: 1, errorStatus: 500 });
    const error = await failure(() => client.getUser(USER));
    expect(error).toMatchObject({ code: 'server_error', status: 500, retryable: true, context: { attempts: 3 } });
    expect(await control().count('GET /users')).toBe(3);
    expect(requests.map((r) => r.attempt)).toEqual([1, 2, 3]);
    // Retry n waits at least ceiling/2, ceiling = 100 ms × 2^(n-1) (5 ms of slack for timer rounding).
    // A busy machine only lengthens the gaps; the upper end of the jitter is backoffDelay's unit test.
    const firstGap = requests[1].startedAt - requests[0].endedAt;
    const secondGap = requests[2].startedAt - requests[1].endedAt;
    expect(firstGap).toBeGreaterThanOrEqual(45);
    expect(secondGap).toBeGreaterThanOrEqual(95);
  });

  it('times out hanging requests, retries them and gives up with timeout after 3 attempts', async () => {
    const { client } = stack.client({ timeoutMs: 150 });
    await control().setFaults({ hangNext: 3, hangMs: 2_000 });
    const error = await failure(() => client.getOdlScores({ synedUserId: USER }));
    expect(error).toMatchObject({ code: 'timeout', status: null, retryable: true, context: { attempts: 3 } });
    expect(error.message).toMatch(/timed out after 150 ms/);
    expect(await control().count('GET /scores/get_odl_scores', 'timeout')).toBe(3);
  });

  it('recovers from one timeout', async () => {
    const { client } = stack.client({ timeoutMs: 150 });
    await control().setFaults({ hangNext: 1, hangMs: 2_000 });
    await expect(client.getFlashCtfProgress(USER)).resolves.toMatchObject({ syned_user_id: USER });
    expect(await control().count('GET /scores/get_flash_ctf_progress')).toBe(2);
  });

  it('maps a connection failure to network after its retries', async () => {
    const { client } = stack.client({ baseUrl: 'http://127.0.0.1:9' });
    const error = await failure(() => client.ping());
    expect(error).toMatchObject({ code: 'network', status: null, retryable: true, context: { attempts: 3 } });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('does not retry a 4xx', async () => {
    const { client } = stack.client();
    await expect(failure(() => client.sendPasswordReset('nobody'))).resolves.toMatchObject({ code: 'not_found', context: { attempts: 1 } });
    expect(await control().count('POST /auth/send_password_reset_email')).toBe(1);
  });

  it('waits Retry-After on a 429, slows the shared rate, then succeeds', async () => {
    const { client } = stack.client();
    await control().setFaults({ rateLimit: { requestsPerSecond: 1, retryAfterSeconds: 1 } });
    await client.getUser(USER);
    const started = Date.now();
    await expect(client.getUser(USER)).resolves.toMatchObject({ syned_user_id: USER });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await control().count('GET /users', 429)).toBe(1);
    expect(await control().count('GET /users', 200)).toBe(2);
    const limiter = client.stats().rateLimiter;
    expect(limiter.penalties).toBe(1);
    expect(limiter.effectiveRps).toBeLessThan(1_000);
  });

  it('does not wait a Retry-After longer than the bound: rate_limited at once', async () => {
    const { client } = stack.client({ maxRetryAfterMs: 2_000 });
    await control().setFaults({ rateLimit: { requestsPerSecond: 1, retryAfterSeconds: 30 } });
    await client.ping();
    const error = await failure(() => client.ping());
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryable: true, context: { retryAfterMs: 30_000, attempts: 1 } });
  });

  it('opens the circuit after consecutive failures, fails fast, then half-opens and recovers', async () => {
    const { client } = stack.client({ maxAttempts: 1, breakerThreshold: 3, breakerCooldownMs: 400 });
    await control().setFaults({ errorRate: 1, errorStatus: 502 });
    for (let i = 0; i < 3; i++) {
      await expect(failure(() => client.ping())).resolves.toMatchObject({ code: 'unavailable', status: 502 });
    }
    expect(client.stats().circuit).toBe('open');

    const fastFail = await failure(() => client.ping());
    expect(fastFail).toMatchObject({ code: 'unavailable', status: null, retryable: true, context: { circuitOpen: true } });
    expect(await control().count('GET /')).toBe(3);

    await control().clearFaults();
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(client.ping()).resolves.toMatchObject({ status: 'ok' });
    expect(client.stats().circuit).toBe('closed');
    expect(await control().count('GET /')).toBe(4);
  });

  it('reopens the circuit when the trial call fails', async () => {
    const { client } = stack.client({ maxAttempts: 1, breakerThreshold: 2, breakerCooldownMs: 300 });
    await control().setFaults({ outageSeconds: 30 });
    await failure(() => client.ping());
    await failure(() => client.ping());
    await new Promise((resolve) => setTimeout(resolve, 350));
    await expect(failure(() => client.ping())).resolves.toMatchObject({ status: 503 });
    expect(client.stats().circuit).toBe('open');
    await expect(failure(() => client.ping())).resolves.toMatchObject({ context: { circuitOpen: true } });
    expect(await control().count('GET /')).toBe(3);
  });

  it('stops at once when the caller aborts a hanging request', async () => {
    const { client } = stack.client({ timeoutMs: 5_000 });
    await control().setFaults({ hangNext: 1, hangMs: 2_000 });
    const error = await failure(() => client.ping({ signal: AbortSignal.timeout(100) }));
    expect(error).toMatchObject({ code: 'aborted', retryable: false });
    expect(await control().count('GET /')).toBe(1);
  });

  it("never lets the token reach a log line or an error, through Nest's Logger too", async () => {
    const captured = new CapturingLogger();
    Logger.overrideLogger(captured);
    try {
      const client = new GamePlatformClient(fastOptions(stack.sim, `${stack.redisPrefix}:gp-rate:token`, { timeoutMs: 150 }), stack.redis());
      const errors: unknown[] = [];
      const attempt = (fn: () => Promise<unknown>) => fn().catch((error: unknown) => errors.push(error));
      await attempt(() => client.ping());
      await attempt(() => client.getUser('missing'));
      await attempt(() => client.createUser({ first_name: 'A', last_name: 'B', email: 'bad', role: 'user', syned_user_id: 'x' }));
      await control().setFaults({ failNext: 3, errorStatus: 500 });
      await attempt(() => client.getOdlScores({ synedUserId: USER }));
      await control().setFaults({ hangNext: 3, hangMs: 1_000 });
      await attempt(() => client.getFlashCtfProgress(USER));

      expect(captured.lines).toHaveLength(9); // 1 + 1 + 1 + 3 retries + 3 retries
      expect(captured.lines.every((line) => line.args.includes(GamePlatformClient.name))).toBe(true);
      expect(errors).toHaveLength(4);
      const everything = [captured.text(), ...errors.map((e) => JSON.stringify(e) + String(e) + (e as Error).stack)].join('\n');
      expect(everything).not.toContain(stack.sim.token);
      expect(everything).not.toMatch(/bearer/i);
    } finally {
      Logger.overrideLogger(new ConsoleLogger());
    }
  });
});
