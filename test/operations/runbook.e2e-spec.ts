import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { simulatedUserId } from '../../apps/game-platform-sim/src';
import { TestStack, testStack } from '../support/stack';

const repoRoot = path.join(__dirname, '..', '..');

/** Every ```bash block of docs/runbook.md, in order. */
function runbookCommands(markdown: string): string[] {
  return [...markdown.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

/**
 * The runbook cannot go stale: its commands run, in order and in one shell (later blocks use variables
 * earlier ones set), against a stack of real parts: the API on a local port, the worker, the vendor
 * simulator, PostgreSQL and Redis.
 */
describe('docs/runbook.md: every command runs against a real stack', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  const blocks = runbookCommands(readFileSync(path.join(repoRoot, 'docs', 'runbook.md'), 'utf8'));

  beforeAll(async () => {
    h = await testStack('runbook', { simulator: { users: 3, seed: 8 }, api: true, worker: true });
    await h.api.listen({ port: 0, host: '127.0.0.1' });
    const prisma = h.prisma;
    const coach = await prisma.coach.create({ data: { email: 'runbook.coach@example.test', firstName: 'Run', lastName: 'Book' } });
    const competitor = await prisma.competitor.create({
      data: {
        coachId: coach.id,
        firstName: 'Linked',
        lastName: 'Student',
        email: 'linked@example.test',
        status: 'complete',
        gamePlatformId: simulatedUserId(0),
      },
    });
    await prisma.jobDeadLetter.create({
      data: {
        queue: 'teams',
        jobId: '99',
        jobCreatedAt: new Date(),
        jobName: 'team_sync',
        payload: { teamId: '00000000-0000-4000-8000-0000000000ff', requestedBy: 'system' },
        failedReason: 'vendor 503',
        attemptsMade: 5,
        maxAttempts: 5,
        failedAt: new Date(),
      },
    });
    process.env.RUNBOOK_COMPETITOR_ID = competitor.id;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('has the sections the operators need, each with commands', () => {
    const markdown = readFileSync(path.join(repoRoot, 'docs', 'runbook.md'), 'utf8');
    for (const section of [
      'Manual sync of one competitor',
      'Investigating failures',
      'Replaying dead letters',
      'Pausing processing',
      'Rotating the vendor token',
      'Rollout and rollback',
      'Vendor escalation',
      'Flash CTF troubleshooting',
      'Schedules',
      'Alerts',
    ]) {
      expect(markdown).toContain(`## ${section}`);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(15);
  });

  it('runs every ```bash block in order, each exiting 0', async () => {
    const address = h.api.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const script = ['set -euo pipefail', ...blocks.map((block, index) => `echo "::block ${index + 1}" >&2\n${block}`)].join('\n');
    const variables = {
      API: `http://127.0.0.1:${port}`,
      ADMIN_TOKEN: (await h.caller('admin', 'runbook-admin')).token,
      COACH_TOKEN: (await h.caller('coach', 'runbook-coach')).token,
      COMPETITOR_ID: process.env.RUNBOOK_COMPETITOR_ID!,
      SYNED_USER_ID: simulatedUserId(1),
      DATABASE_URL: h.databaseUrl,
    };
    try {
      await promisify(execFile)('bash', ['-c', script], {
        cwd: repoRoot,
        env: { ...process.env, ...variables },
        timeout: 240_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stderr, stdout } = error as { stderr: string; stdout: string };
      const failedBlock = [...stderr.matchAll(/::block (\d+)/g)].at(-1)?.[1];
      throw new Error(
        `runbook block ${failedBlock} failed:\n${blocks[Number(failedBlock) - 1]}\n--- stdout ---\n${stdout.slice(-3000)}\n--- stderr ---\n${stderr.slice(-3000)}`,
        {
          cause: error,
        },
      );
    }
  }, 300_000);
});
