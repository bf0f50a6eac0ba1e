import { Injectable } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { JobFailure, JobHandler, JobName, JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { MaintenanceService } from '../../apps/worker/src/maintenance/maintenance.service';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TestEnvironment, useTestEnvironment } from '../support/environment';
import { waitFor } from '../support/wait-for';

/** Stands in for the clean-up handler: fails with whatever failure the test sets, or completes. */
@Injectable()
class ScriptedCleanup {
  failure: JobFailure | null = null;

  @JobHandler(JobName.MaintenanceCleanup)
  cleanup(): Promise<{ done: true }> {
    return this.failure ? Promise.reject(this.failure) : Promise.resolve({ done: true });
  }
}

describe('a JobFailure decides the job outcome (real worker, real Redis)', () => {
  let env: TestEnvironment;
  let worker: TestingModule;
  const script = new ScriptedCleanup();

  beforeAll(async () => {
    env = await useTestEnvironment('job-failure');
    worker = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(MaintenanceService)
      .useValue(script)
      .compile();
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await env?.teardown();
  });

  const jobs = () => worker.get(JobQueueService);
  const stored = async (id: string) => (await jobs().queue(QueueName.Maintenance).getJob(id))!;

  it('ends a non-retryable failure on its first attempt and dead-letters it', async () => {
    script.failure = new JobFailure('The input can never be cleaned: fix it first', false);
    const job = await jobs().enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });

    await waitFor(async () => (await stored(job.id!)).isFailed(), { description: 'the job to fail for good' });
    expect(await stored(job.id!)).toMatchObject({ attemptsMade: 1, failedReason: 'The input can never be cleaned: fix it first' });
    const deadLetter = await waitFor(() => worker.get(PrismaService).jobDeadLetter.findFirst({ where: { jobId: job.id } }), { description: 'the dead letter' });
    expect(deadLetter).toMatchObject({ attemptsMade: 1, maxAttempts: 3, failedReason: 'The input can never be cleaned: fix it first', resolvedAt: null });
  });

  it('retries a retryable failure with its remaining attempts, and nothing is dead-lettered', async () => {
    script.failure = new JobFailure('The platform is unavailable right now', true);
    const job = await jobs().enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });

    await waitFor(async () => (await stored(job.id!)).attemptsMade === 1 && (await stored(job.id!)).isDelayed(), {
      description: 'the failed attempt to be delayed for a retry',
    });
    expect((await stored(job.id!)).failedReason).toBe('The platform is unavailable right now');

    script.failure = null;
    await (await stored(job.id!)).promote(); // the backoff is a minute: run the retry now
    await waitFor(async () => (await stored(job.id!)).isCompleted(), { description: 'the retry to complete' });
    expect(await stored(job.id!)).toMatchObject({ attemptsMade: 2, returnvalue: { done: true } });
    expect(await worker.get(PrismaService).jobDeadLetter.count({ where: { jobId: job.id } })).toBe(0);
  });
});
