import { parseArgs } from 'node:util';
import Redis from 'ioredis';
import { loadDotEnv, loadEnv, RedisEnv } from '@app/common';
import { clientOptionsFromEnv, GamePlatformClient, GamePlatformEnv, runVendorSmoke } from '@app/game-platform';

/**
 * `npm run smoke:vendor -- --user <syned_user_id>`: read-only checks of GAME_PLATFORM_API_BASE_URL with
 * GAME_PLATFORM_API_TOKEN (status, getUser of a known id, team assignments, one ODL read). Prints one
 * `check: ok|FAIL detail` line each; exits 1 when any fails. Uses the shared rate limiter in Redis.
 */
async function main(): Promise<number> {
  loadDotEnv();
  const { values } = parseArgs({ options: { user: { type: 'string' } } });
  if (!values.user) throw new Error('--user <syned_user_id> is required: the id of a user known to exist on the platform');
  const redisEnv = loadEnv(RedisEnv);
  const redis = new Redis(redisEnv.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true });
  try {
    await redis.connect();
    const client = new GamePlatformClient(clientOptionsFromEnv(loadEnv(GamePlatformEnv), redisEnv), redis, { log() {}, warn() {}, error() {} });
    const checks = await runVendorSmoke(client, values.user);
    for (const check of checks) console.log(`${check.name}: ${check.ok ? 'ok' : 'FAIL'} ${check.detail}`);
    return checks.every((check) => check.ok) ? 0 : 1;
  } finally {
    redis.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
