/* Pieces shared by the benchmarks: a migrated database of their own, the simulator in its own process, output. */
import { execFile, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { databaseUrl, quoteIdent, withAdminClient } from '../test/support/database';

export const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);
export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gps_bench_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const url = databaseUrl(name);
  await promisify(execFile)(process.execPath, [join(__dirname, '..', 'scripts', 'prisma.js'), 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
  });
  return { url, drop: async () => void (await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`))) };
}

/** The simulator with `users` seeded users, in a process of its own so it does not share the workers' CPU. */
export function startSimulatorProcess(users: number): Promise<{ url: string; controlUrl: string; token: string; stop(): void }> {
  const child = fork(join(__dirname, 'sim-child.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, BENCH_COMPETITORS: String(users) },
  });
  return new Promise((resolve) =>
    child.once('message', (info: { url: string; controlUrl: string; token: string }) => resolve({ ...info, stop: () => child.disconnect() })),
  );
}

export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}

/** Runs a benchmark's main and exits: 0 when it finished, 1 (after printing the error) when it threw. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
