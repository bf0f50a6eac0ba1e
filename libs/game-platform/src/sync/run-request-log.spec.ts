import { RunRequestLog } from './run-request-log';

/** A Redis stand-in whose HINCRBY answers one microtask later, failing when `failNext` is set. */
function fakeRedis() {
  const fake = {
    stored: 0,
    increments: [] as number[],
    failNext: false,
    hincrby: async (_key: string, _field: string, by: number) => {
      await Promise.resolve();
      if (fake.failNext) {
        fake.failNext = false;
        throw new Error('redis down');
      }
      fake.increments.push(by);
      fake.stored += by;
      return fake.stored;
    },
  };
  return fake;
}

describe('RunRequestLog counter', () => {
  /** A run's counter; its beforeSend always answers a promise (the record it waits for). */
  const counterOf = (redis: ReturnType<typeof fakeRedis>) =>
    new RunRequestLog(redis as never, { REDIS_KEY_PREFIX: 'test' } as never).counterFor('run') as { beforeSend(): Promise<void> };

  it('records the requests leaving together in one increment, and lets each leave only once it is recorded', async () => {
    const redis = fakeRedis();
    const counter = counterOf(redis);
    const first = [counter.beforeSend(), counter.beforeSend(), counter.beforeSend()];
    await Promise.resolve(); // the first record is on its way: later requests wait for the next one
    const second = [counter.beforeSend(), counter.beforeSend()];

    for (const leaving of first) {
      await leaving;
      expect(redis.stored).toBeGreaterThanOrEqual(3);
    }
    await Promise.all(second);
    expect(redis.increments).toEqual([3, 2]);
  });

  it('fails the requests of a record that failed, and records the next ones', async () => {
    const redis = fakeRedis();
    const counter = counterOf(redis);
    redis.failNext = true;
    await expect(counter.beforeSend()).rejects.toThrow('redis down');
    await counter.beforeSend();
    expect(redis.increments).toEqual([1]);
  });
});
