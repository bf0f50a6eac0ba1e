import { dropDatabase, runDatabasePrefix, withAdminClient } from './database';

/** Drops the run's template and any database a test file left behind. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.GPS_TEST_RUN_ID;
  if (!runId) return;
  const { rows } = await withAdminClient((client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [runDatabasePrefix(runId)]),
  );
  for (const { datname } of rows) await dropDatabase(datname);
}
