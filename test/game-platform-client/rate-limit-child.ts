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

/** A child that fails says why on stderr and exits non-zero, which fails the parent's test. */
function exitWithError(error: unknown): void {
  console.error(error);
  process.exit(1);
}

process.once('message', (task: ChildTask) => {
  const redis = new Redis(task.redisUrl);
  const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const client = new GamePlatformClient(task.options, redis, silent);
  const sentAt: number[] = [];
  client.onCall((event) => sentAt.push(Date.now() - event.durationMs));
  process.send!({ ready: true });
  process.once('message', () => {
    Promise.allSettled(Array.from({ length: task.count }, () => client.ping()))
      .then((results) => {
        const failed = results.filter((r) => r.status === 'rejected').length;
        process.send!({ sentAt, failed, limiter: client.stats().rateLimiter }, () => {
          redis
            .quit()
            .then(() => process.exit(0))
            .catch(exitWithError);
        });
      })
      .catch(exitWithError);
  });
});
