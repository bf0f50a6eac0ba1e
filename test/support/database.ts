import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Server-level connection used to create and drop the per-run and per-file databases. */
export const adminDatabaseUrl = (): string => process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const runDatabasePrefix = (runId: string): string => `gps_test_${runId}_`;
export const templateDatabaseName = (runId: string): string => `${runDatabasePrefix(runId)}tpl`;

/** The admin URL pointed at another database on the same server. */
export function databaseUrl(database: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const dropDatabase = (name: string): Promise<unknown> =>
  withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));

function currentRunId(): string {
  const runId = process.env.GPS_TEST_RUN_ID;
  if (!runId) throw new Error('GPS_TEST_RUN_ID is not set: run the tests through jest (test/support/global-setup.ts)');
  return runId;
}

/** A database of its own for one test file, cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const runId = currentRunId();
  const name = `${runDatabasePrefix(runId)}${randomBytes(5).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateDatabaseName(runId))}`));
  return {
    url: databaseUrl(name),
    drop: async () => {
      await dropDatabase(name);
    },
  };
}
