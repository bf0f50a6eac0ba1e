import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueEvents } from 'bullmq';
import { redisOptionsFromUrl } from '@app/common';
import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';

describe('enqueue in the API, process in the worker (real Redis)', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let events: QueueEvents;

  beforeAll(async () => {
    env = await useTestEnvironment('round-trip');
    api = await createApiApp();
    await api.init();
    worker = await createWorkerApp();
    await worker.init();
    events = new QueueEvents(QueueName.Maintenance, {
      connection: redisOptionsFromUrl(process.env.REDIS_URL!),
      prefix: env.redisPrefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await worker?.close();
    await api?.close();
    await env?.teardown();
  });

  it('runs the maintenance clean-up job end to end and deletes only expired rows', async () => {
    const prisma = api.get(PrismaService);
    const old = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
    await prisma.gamePlatformSyncRun.createMany({
      data: [
        { kind: 'incremental', status: 'succeeded', startedAt: old, finishedAt: old },
        { kind: 'incremental', status: 'succeeded' },
      ],
    });
    await prisma.auditLog.createMany({
      data: [
        { actor: 'system', action: 'test.old', at: old },
        { actor: 'system', action: 'test.recent' },
      ],
    });

    const job = await api.get(JobQueueService).enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    const report = await job.waitUntilFinished(events, 20_000);

    expect(report).toMatchObject({ syncRunsDeleted: 1, auditLogDeleted: 1 });
    expect(await prisma.gamePlatformSyncRun.count()).toBe(1);
    expect((await prisma.auditLog.findMany()).map((row) => row.action)).toEqual(['test.recent']);
    const stored = await api.get(JobQueueService).queue(QueueName.Maintenance).getJob(job.id!);
    expect(await stored?.getState()).toBe('completed');
  });

  it('de-duplicates a job type with a deterministic id while one is pending', async () => {
    const jobs = api.get(JobQueueService);
    await jobs.queue(QueueName.Maintenance).pause();
    try {
      const first = await jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
      const second = await jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
      expect(second.id).toBe(first.id);
      expect(await jobs.queue(QueueName.Maintenance).getWaitingCount()).toBe(1);
    } finally {
      await jobs.queue(QueueName.Maintenance).resume();
    }
  });

  it('registers the daily clean-up schedule exactly once, however many times it is upserted', async () => {
    const jobs = api.get(JobQueueService);
    await jobs.schedule(JobName.MaintenanceCleanup, '15 3 * * *', { reason: 'schedule' });
    const schedulers = await jobs.queue(QueueName.Maintenance).getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ key: JobName.MaintenanceCleanup, pattern: '15 3 * * *', tz: 'UTC' });
  });
});
