import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobName, QueueName } from '@app/jobs';
import { freePort } from '../support/own-services';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { addCompetitors } from '../sync/sync-fixtures';

describe('graceful shutdown of the worker process (SIGTERM)', () => {
  let h: TestStack<'simulator' | 'api'>;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    h = await testStack('graceful-shutdown', { simulator: { users: 20, seed: 5 }, api: true, env: { GAME_PLATFORM_SYNC_CONCURRENCY: '1' } });
  });

  afterAll(async () => {
    if (worker?.exitCode === null) worker.kill('SIGKILL');
    await h?.close();
  });

  it('finishes the active job, leaves nothing active and exits within the grace period', async () => {
    const prisma = h.prisma;
    const coach = await prisma.coach.create({ data: { email: 'shutdown@example.test', firstName: 'Sam', lastName: 'Shutdown' } });
    await addCompetitors(
      prisma,
      coach.id,
      Array.from({ length: 20 }, (_, i) => i),
    );
    await h.sim.control.setFaults({ latencyMs: 100 }); // one call at a time: the run lasts a few seconds

    const port = await freePort();
    worker = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../apps/worker/src/main.ts')], {
      env: { ...process.env, WORKER_HEALTH_PORT: String(port), SHUTDOWN_GRACE_MS: '20000' },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.ok === true, {
      description: 'worker readiness',
      timeoutMs: 60_000,
    });

    const jobs = h.jobs;
    const job = await jobs.enqueue(JobName.GamePlatformSync, { requestedBy: 'system' });
    await waitFor(() => job.getState(), { until: (state) => state === 'active', description: 'the sync job to start' });
    await sleep(300);

    const stoppedAt = Date.now();
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);

    expect(
      await jobs
        .queue(QueueName.Sync)
        .getJob(job.id!)
        .then((stored) => stored?.getState()),
    ).toBe('completed');
    expect(await jobs.queue(QueueName.Sync).getActiveCount()).toBe(0);
    const run = await prisma.gamePlatformSyncRun.findFirstOrThrow({ where: { jobId: job.id } });
    expect(run).toMatchObject({ status: 'succeeded', competitorsProcessed: 20 });
  });
});
