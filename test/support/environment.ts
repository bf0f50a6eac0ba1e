import { createTestDatabase } from './database';
import { cleanupRedisPrefix, testRedisPrefix } from './redis';

export const TEST_JWT_SECRET = 'test-only-secret-that-is-long-enough-32';

export interface TestEnvironment {
  databaseUrl: string;
  redisPrefix: string;
  teardown(): Promise<void>;
}

/**
 * A database of its own and a Redis key prefix of its own for one test file, exported through the
 * environment variables the apps read. Call in beforeAll, teardown in afterAll.
 */
export async function useTestEnvironment(label: string, env: Record<string, string> = {}): Promise<TestEnvironment> {
  const database = await createTestDatabase();
  const redisPrefix = testRedisPrefix(label);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    // The 2 s default gives a Redis command 1 s: a loaded test machine stalls the process longer than
    // that, and a healthy Redis would look down. The fail-fast tests set their own.
    DEPENDENCY_TIMEOUT_MS: '10000',
    // Nothing listens on port 9: tests that talk to the vendor start a simulator and override these.
    GAME_PLATFORM_API_BASE_URL: 'http://127.0.0.1:9',
    GAME_PLATFORM_API_TOKEN: 'no-vendor-in-this-test',
    // Tests write fixtures straight into PostgreSQL, which no cache can notice: the read cache is off
    // unless a test turns it on (test/read-cache does).
    READ_CACHE_TTL_MS: '0',
    ...env,
  });
  return {
    databaseUrl: database.url,
    redisPrefix,
    async teardown() {
      await cleanupRedisPrefix(redisPrefix);
      await database.drop();
    },
  };
}
