import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

const testRedisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test file or run shares, e.g. `gps-test:1a2b3c4d:queues:9f8e7d6c`. */
export function testRedisPrefix(label: string): string {
  const run = process.env.GPS_TEST_RUN_ID ?? 'norun';
  const safeLabel = label.replace(/[^a-zA-Z0-9_-]+/g, '-');
  return `gps-test:${run}:${safeLabel}:${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under `prefix` (SCAN + UNLINK, so a large keyspace never blocks Redis). */
export async function cleanupRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(testRedisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
