import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/support/database';
import { SingleFlightLock } from './single-flight.lock';

const APP = 'single-flight:';

describe('SingleFlightLock', () => {
  let database: { url: string; drop(): Promise<void> };
  let observer: Client;
  const locks: SingleFlightLock[] = [];
  const lockFor = () => {
    const lock = new SingleFlightLock(database.url);
    locks.push(lock);
    return lock;
  };
  const lockConnections = async () => {
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE $1`,
      [`${APP}%`],
    );
    return rows[0].n;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
  });
  afterEach(async () => {
    await Promise.all(locks.splice(0).map((lock) => lock.close()));
  });
  afterAll(async () => {
    await observer.end();
    await database.drop();
  });

  it('keeps one connection between runs and reuses it', async () => {
    const lock = lockFor();
    const name = `lock-${randomBytes(4).toString('hex')}`;
    for (let run = 0; run < 3; run++) {
      const held = await lock.acquire(name, 0);
      expect(held).not.toBeNull();
      await held?.release();
    }
    expect(await lockConnections()).toBe(1);
    await lock.close();
    // The server drops the backend shortly after the client's end() resolves.
    for (let i = 0; i < 100 && (await lockConnections()) > 0; i++) await sleep(20);
    expect(await lockConnections()).toBe(0);
  });

  it('excludes a second run of the same process while the first holds the lock (no shared session)', async () => {
    const lock = lockFor();
    const name = `lock-${randomBytes(4).toString('hex')}`;
    const warm = await lock.acquire(name, 0);
    await warm?.release();
    const first = await lock.acquire(name, 0);
    expect(first).not.toBeNull();
    expect(await lock.acquire(name, 0)).toBeNull();
    expect(await lockFor().acquire(name, 0)).toBeNull();
    await first?.release();
    const next = await lockFor().acquire(name, 0);
    expect(next).not.toBeNull();
    await next?.release();
  });

  it('recovers when the kept connection was killed between runs', async () => {
    const lock = lockFor();
    const name = `lock-${randomBytes(4).toString('hex')}`;
    await (await lock.acquire(name, 0))?.release();
    await observer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [
      `${APP}${name}`,
    ]);
    const held = await lock.acquire(name, 0);
    expect(held).not.toBeNull();
    expect(await lockFor().acquire(name, 0)).toBeNull();
    await held?.release();
  });
});
