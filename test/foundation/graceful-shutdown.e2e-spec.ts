import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { SimulatorHandle, startSimulator } from '../../apps/game-platform-sim/src';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';
import { addCompetitors, syncEnv } from '../sync/sync-harness';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('graceful shutdown of the worker process (SIGTERM)', () => {
  let env: TestEnvironment;
  let sim: SimulatorHandle;
  let api: NestFastifyApplication;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    sim = await startSimulator({ users: 20, seed: 5 });
    env = await useTestEnvironment('graceful-shutdown', syncEnv(sim, { GAME_PLATFORM_SYNC_CONCURRENCY: '1' }));
    api = await createApiApp();
    await api.init();
  });

  afterAll(async () => {
    if (worker?.exitCode === null) worker.kill('SIGKILL');
    await api?.close();
    await sim?.close();
    await env?.teardown();
  });

  it('finishes the active job, leaves nothing active and exits within the grace period', async () => {
    const prisma = api.get(PrismaService);
    const coach = await prisma.coach.create({ data: { email: 'shutdown@example.test', firstName: 'Sam', lastName: 'Shutdown' } });
    await addCompetitors(prisma, coach.id, Array.from({ length: 20 }, (_, i) => i));
    await sim.control.setFaults({ latencyMs: 100 }); // one call at a time: the run lasts a few seconds

    const port = await freePort();
    worker = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../../apps/worker/src/main.ts')], {
      env: { ...process.env, WORKER_HEALTH_PORT: String(port), SHUTDOWN_GRACE_MS: '20000' },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.ok === true, 30_000, 'worker readiness');

    const jobs = api.get(JobQueueService);
    const job = await jobs.enqueue(JobName.GamePlatformSync, { requestedBy: 'system' });
    await waitFor(async () => (await job.getState()) === 'active', 10_000, 'the sync job to start');
    await sleep(300);

    const stoppedAt = Date.now();
    worker.kill('SIGTERM');
    await once(worker, 'exit');
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);

    expect(await jobs.queue(QueueName.Sync).getJob(job.id!).then((stored) => stored?.getState())).toBe('completed');
    expect(await jobs.queue(QueueName.Sync).getActiveCount()).toBe(0);
    const run = await prisma.gamePlatformSyncRun.findFirstOrThrow({ where: { jobId: job.id } });
    expect(run).toMatchObject({ status: 'succeeded', competitorsProcessed: 20 });
  });
});
