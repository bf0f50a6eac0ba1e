/*
 * One "worker process" of the shared rate-limit test: its own Redis connection and client, sending
 * `count` concurrent calls when the parent says go, and reporting when each request went out.
 */
import Redis from 'ioredis';
import { GamePlatformClient, GamePlatformClientOptions } from '@app/game-platform';

interface ChildTask {
  options: GamePlatformClientOptions;
  count: number;
  redisUrl: string;
}

process.once('message', async (task: ChildTask) => {
  const redis = new Redis(task.redisUrl);
  const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const client = new GamePlatformClient(task.options, redis, silent);
  const sentAt: number[] = [];
  client.onCall((event) => sentAt.push(Date.now() - event.durationMs));
  process.send!({ ready: true });
  process.once('message', async () => {
    const results = await Promise.allSettled(Array.from({ length: task.count }, () => client.ping()));
    const failed = results.filter((r) => r.status === 'rejected').length;
    process.send!({ sentAt, failed, limiter: client.stats().rateLimiter }, () => {
      void redis.quit().then(() => process.exit(0));
    });
  });
});
