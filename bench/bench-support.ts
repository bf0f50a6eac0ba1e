import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { databaseUrl, quoteIdent, withAdminClient } from '../test/support/database';

/** A throwaway database migrated like a deployment, dropped by `drop()`. */
export async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gps_bench_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const url = databaseUrl(name);
  await promisify(execFile)(process.execPath, [join(__dirname, '..', 'scripts', 'prisma.js'), 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url } });
  return { url, drop: async () => void (await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`))) };
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
