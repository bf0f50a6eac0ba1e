import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { databaseUrl, quoteIdent, templateDatabaseName, withAdminClient } from './database';

const repoRoot = path.join(__dirname, '..', '..');

/**
 * Creates this run's template database and migrates it with `prisma migrate deploy`, exactly as a
 * deployment does. Test files clone it (createTestDatabase), which is much faster than migrating each.
 */
export default async function globalSetup(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  process.env.GPS_TEST_RUN_ID = runId; // inherited by the test workers
  const template = templateDatabaseName(runId);
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
  try {
    await promisify(execFile)(process.execPath, [path.join(repoRoot, 'scripts', 'prisma.js'), 'migrate', 'deploy'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl(template) },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`migrate deploy of the test template failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}
