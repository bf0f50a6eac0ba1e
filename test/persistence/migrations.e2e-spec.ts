import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client } from 'pg';
import { Prisma, PrismaClient } from '@app/persistence';
import { databaseUrl, dropDatabase, quoteIdent, withAdminClient } from '../support/database';

const repoRoot = path.join(__dirname, '..', '..');

async function prisma(args: string[], env: Record<string, string>): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(repoRoot, 'scripts', 'prisma.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  return stdout + stderr;
}

/** An empty database, dropped in afterAll. */
async function emptyDatabase(created: string[]): Promise<string> {
  const name = `gps_test_${process.env.GPS_TEST_RUN_ID}_${randomBytes(5).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  created.push(name);
  return databaseUrl(name);
}

function expectUniqueViolation(promise: Promise<unknown>) {
  return expect(promise).rejects.toMatchObject({ code: 'P2002' });
}

describe('migrations applied to a fresh database with migrate deploy', () => {
  const created: string[] = [];
  let url: string;
  let db: PrismaClient;

  beforeAll(async () => {
    url = await emptyDatabase(created);
    const output = await prisma(['migrate', 'deploy'], { DATABASE_URL: url });
    expect(output).toMatch(/applied|All migrations have been successfully applied/i);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    for (const name of created) await dropDatabase(name);
  });

  it('creates every table of the data model', async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    await client.end();
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        '_prisma_migrations',
        'audit_log',
        'coaches',
        'competitors',
        'feature_flags',
        'game_platform_challenge_solves',
        'game_platform_flash_ctf_events',
        'game_platform_flash_sync_windows',
        'game_platform_stats',
        'game_platform_sync_runs',
        'game_platform_sync_state',
        'team_memberships',
        'teams',
      ]),
    );
  });

  it('indexes solves by user and newest first', async () => {
    const rows = await db.$queryRaw<{ indexdef: string }[]>(Prisma.sql`SELECT indexdef FROM pg_indexes WHERE tablename = 'game_platform_challenge_solves'`);
    expect(rows.map((r) => r.indexdef)).toEqual(expect.arrayContaining([expect.stringContaining('(syned_user_id, solved_at DESC)')]));
  });

  it('enforces the natural-key unique constraints', async () => {
    const coach = await db.coach.create({ data: { email: 'coach@example.org', firstName: 'Ada', lastName: 'Coach' } });
    const synedUserId = '6f1c1a52-6a3e-4d6f-9a57-1b1a3c0e0a01';
    const competitor = await db.competitor.create({
      data: { coachId: coach.id, firstName: 'Sam', lastName: 'Solver', email: 'sam@example.org', gamePlatformId: synedUserId },
    });
    const other = await db.competitor.create({ data: { coachId: coach.id, firstName: 'Kim', lastName: 'Other' } });
    const team = await db.team.create({ data: { coachId: coach.id, name: 'Red', division: 'high_school', affiliation: 'North HS' } });
    const team2 = await db.team.create({ data: { coachId: coach.id, name: 'Blue', division: 'high_school', affiliation: 'North HS' } });
    await db.teamMembership.create({ data: { teamId: team.id, competitorId: competitor.id } });
    const solve = { synedUserId, challengeSolveId: 41, challengeId: 7, solvedAt: new Date(), rawPayload: { id: 41 } };
    await db.gamePlatformChallengeSolve.create({ data: solve });
    const event = { synedUserId, eventId: 'flash-2025-10', name: 'October Flash CTF', rawPayload: {} };
    await db.gamePlatformFlashCtfEvent.create({ data: event });
    await db.featureFlag.create({ data: { name: 'game_platform_integration' } });

    await expectUniqueViolation(db.competitor.create({ data: { coachId: coach.id, firstName: 'X', lastName: 'Y', email: 'sam@example.org' } }));
    await expectUniqueViolation(db.competitor.update({ where: { id: other.id }, data: { gamePlatformId: synedUserId } }));
    await expectUniqueViolation(db.team.create({ data: { coachId: coach.id, name: 'Red', division: 'college', affiliation: 'Other' } }));
    await expectUniqueViolation(db.teamMembership.create({ data: { teamId: team2.id, competitorId: competitor.id } }));
    await expectUniqueViolation(db.gamePlatformChallengeSolve.create({ data: solve }));
    await expectUniqueViolation(db.gamePlatformFlashCtfEvent.create({ data: event }));
    await expectUniqueViolation(db.featureFlag.create({ data: { name: 'game_platform_integration' } }));
  });

  it('rejects sync data for a user id no competitor holds (foreign key)', async () => {
    await expect(db.gamePlatformSyncState.create({ data: { synedUserId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({ code: 'P2003' });
  });

  it('is reported up to date by migrate status', async () => {
    expect(await prisma(['migrate', 'status'], { DATABASE_URL: url })).toContain('Database schema is up to date!');
  }, 60_000);
});

describe('creating a migration from a schema change (db:migration:create)', () => {
  const created: string[] = [];
  let workDir: string;
  let configPath: string;
  let url: string;

  const migrationDirs = async () =>
    (await fs.readdir(path.join(workDir, 'migrations'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

  // A copy of prisma/ with its own config, so the repository's migrations are never touched.
  beforeAll(async () => {
    url = await emptyDatabase(created);
    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gps-migration-create-'));
    await fs.cp(path.join(repoRoot, 'prisma'), workDir, { recursive: true });
    configPath = path.join(workDir, 'prisma.config.js');
    await fs.writeFile(
      configPath,
      `module.exports = require(${JSON.stringify(require.resolve('prisma/config'))}).defineConfig(${JSON.stringify({
        schema: path.join(workDir, 'schema.prisma'),
        migrations: { path: path.join(workDir, 'migrations') },
        datasource: { url },
      })});\n`,
    );
  });

  afterAll(async () => {
    await fs.rm(workDir, { recursive: true, force: true });
    for (const name of created) await dropDatabase(name);
  });

  it('creates nothing when the schema matches the migrations', async () => {
    const before = await migrationDirs();
    const output = await prisma(['migrate', 'dev', '--name', 'nothing', '--config', configPath], {});
    // The empty database first gets the existing migrations applied; no new migration is written.
    expect(output).toMatch(/in sync/);
    expect(output).not.toMatch(/have been created/);
    expect(await migrationDirs()).toEqual(before);
  }, 120_000);

  it('writes a migration with the difference when the schema changed', async () => {
    const before = await migrationDirs();
    const schemaPath = path.join(workDir, 'schema.prisma');
    const schema = await fs.readFile(schemaPath, 'utf8');
    await fs.writeFile(schemaPath, schema.replace('  description String?\n', '  description String?\n  owner       String?\n'));

    await prisma(['migrate', 'dev', '--name', 'flag_owner', '--config', configPath], {});

    const added = (await migrationDirs()).filter((dir) => !before.includes(dir));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{14}_flag_owner$/);
    const sql = await fs.readFile(path.join(workDir, 'migrations', added[0], 'migration.sql'), 'utf8');
    expect(sql).toContain('ALTER TABLE "feature_flags" ADD COLUMN     "owner" TEXT');
  }, 120_000);
});
