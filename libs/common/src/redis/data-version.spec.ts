import { COALESCED_BUMP_INTERVAL_MS, DataVersion } from './data-version';
import { RedisClient } from './redis-client';

/** Counts the tokens written, in place of Redis. */
function versionWithFakeRedis() {
  const tokens: string[] = [];
  const redis = { set: jest.fn(async (_key: string, token: string) => void tokens.push(token)) };
  return { version: new DataVersion(redis as unknown as RedisClient, { REDIS_KEY_PREFIX: 'p', REDIS_URL: 'redis://x' }), tokens };
}

describe('DataVersion.bumpCoalesced', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('bumps at once after a quiet interval, then once at the end of the interval for every write meanwhile', async () => {
    const { version, tokens } = versionWithFakeRedis();
    await version.bumpCoalesced();
    expect(tokens).toHaveLength(1);

    jest.advanceTimersByTime(100);
    await version.bumpCoalesced();
    await version.bumpCoalesced();
    expect(tokens).toHaveLength(1);

    jest.advanceTimersByTime(COALESCED_BUMP_INTERVAL_MS - 101);
    expect(tokens).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(tokens).toHaveLength(2);

    jest.advanceTimersByTime(COALESCED_BUMP_INTERVAL_MS);
    await version.bumpCoalesced();
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(3);
  });

  it('counts an immediate bump (an API write) as the last one', async () => {
    const { version, tokens } = versionWithFakeRedis();
    await version.bump();
    await version.bumpCoalesced();
    expect(tokens).toHaveLength(1);
    jest.advanceTimersByTime(COALESCED_BUMP_INTERVAL_MS);
    expect(tokens).toHaveLength(2);
  });

  it('flush bumps a waiting bump at once, and only once', async () => {
    const { version, tokens } = versionWithFakeRedis();
    await version.bumpCoalesced();
    await version.bumpCoalesced();
    await version.flush();
    expect(tokens).toHaveLength(2);
    jest.advanceTimersByTime(COALESCED_BUMP_INTERVAL_MS);
    await version.flush();
    expect(tokens).toHaveLength(2);
  });
});
