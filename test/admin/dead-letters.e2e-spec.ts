import { Client } from 'pg';
import { JobName, QueueName } from '@app/jobs';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

describe('dead letters: a job that exhausts its attempts is kept, listed, replayed (real worker)', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let adminToken: string;
  let db: Client;

  beforeAll(async () => {
    h = await testStack('admin-dead-letters', { simulator: { users: 4, seed: 3 }, api: true, worker: true });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    db = new Client({ connectionString: h.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await h?.close();
  });

  it('fails the maintenance job 3 times, lands in failed then the dead-letter store, replays it and it succeeds', async () => {
    // A broken input for the clean-up: the audit table it prunes is gone.
    await db.query('ALTER TABLE audit_log RENAME TO audit_log_unavailable');
    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    const queue = h.jobs.queue(QueueName.Maintenance);

    // Exponential backoff is a minute: promote each retry instead of waiting for it.
    for (let attempt = 1; attempt < 3; attempt += 1) {
      await waitFor(async () => (await queue.getJob(job.id!))?.attemptsMade === attempt && (await queue.getJob(job.id!))!.isDelayed(), {
        description: 'the failed attempt to be delayed for a retry',
      });
      await (await queue.getJob(job.id!))!.promote();
    }
    await waitFor(async () => (await queue.getJob(job.id!))!.isFailed(), { description: 'the job to fail for good' });

    const failed = await h.request(adminToken, 'GET', '/admin/jobs?queue=maintenance&state=failed');
    expect(failed.statusCode).toBe(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        id: job.id,
        type: 'maintenance_cleanup',
        state: 'failed',
        attemptsMade: 3,
        maxAttempts: 3,
        payload: { reason: 'manual' },
        failedReason: expect.stringContaining('audit_log'),
      }),
    ]);

    const deadLetter = await waitFor(async () => (await h.request(adminToken, 'GET', '/admin/dead-letters')).body.items[0], {
      description: 'the dead letter to be listed',
    });
    expect(deadLetter).toMatchObject({
      queue: 'maintenance',
      jobId: job.id,
      type: 'maintenance_cleanup',
      attemptsMade: 3,
      maxAttempts: 3,
      payload: { reason: 'manual' },
      replayedAt: null,
    });
    expect(deadLetter.failedReason).toContain('audit_log');
    const dead = await h.request(adminToken, 'GET', '/admin/jobs?state=dead&type=maintenance_cleanup');
    expect(dead.body).toMatchObject({ total: 1, items: [{ id: deadLetter.id, state: 'dead', attemptsMade: 3 }] });

    await db.query('ALTER TABLE audit_log_unavailable RENAME TO audit_log');
    const replay = await h.request(adminToken, 'POST', `/admin/dead-letters/${deadLetter.id}/replay`);
    expect(replay.statusCode).toBe(200);
    const { jobId } = replay.body;
    expect(jobId).not.toBe(job.id);

    await waitFor(async () => (await queue.getJob(jobId))?.isCompleted(), { description: 'the replay to complete' });
    expect((await queue.getJob(jobId))!.attemptsMade).toBe(1);
    // The replay supersedes the failed entry, and its completion resolves the dead letter.
    expect(await queue.getJob(job.id!)).toBeUndefined();
    await waitFor(async () => (await h.prisma.jobDeadLetter.findUnique({ where: { id: deadLetter.id } }))?.resolvedAt, {
      description: 'the dead letter to be resolved',
    });
    expect((await h.request(adminToken, 'GET', '/admin/dead-letters')).body.total).toBe(0);
    expect((await h.request(adminToken, 'GET', '/admin/dead-letters?status=resolved')).body.items[0]).toMatchObject({ id: deadLetter.id, replayJobId: jobId });

    expect((await h.request(adminToken, 'POST', `/admin/dead-letters/${deadLetter.id}/replay`)).statusCode).toBe(409);
    expect(await h.prisma.auditLog.findFirst({ where: { action: 'admin.dead_letter.replay', targetId: deadLetter.id } })).toMatchObject({ actor: 'admin-1' });
  });

  it('purges a dead letter with its failed queue entry, audited', async () => {
    const queue = h.jobs.queue(QueueName.Maintenance);
    await db.query('ALTER TABLE audit_log RENAME TO audit_log_unavailable');
    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    for (let attempt = 1; attempt < 3; attempt += 1) {
      await waitFor(async () => (await queue.getJob(job.id!))?.attemptsMade === attempt && (await queue.getJob(job.id!))!.isDelayed(), {
        description: 'the failed attempt to be delayed for a retry',
      });
      await (await queue.getJob(job.id!))!.promote();
    }
    const row = await waitFor(() => h.prisma.jobDeadLetter.findFirst({ where: { jobId: job.id } }), { description: 'the dead letter row' });
    await db.query('ALTER TABLE audit_log_unavailable RENAME TO audit_log');

    const purge = await h.request(adminToken, 'DELETE', `/admin/dead-letters/${row.id}`);
    expect(purge.body).toEqual({ purged: 1 });
    expect(await queue.getJob(job.id!)).toBeUndefined();
    expect(await h.prisma.jobDeadLetter.count({ where: { id: row.id } })).toBe(0);
    expect((await h.request(adminToken, 'DELETE', `/admin/dead-letters/${row.id}`)).statusCode).toBe(404);
    expect(await h.prisma.auditLog.count({ where: { action: 'admin.dead_letter.purge', targetId: row.id } })).toBe(1);
  });

  it('the maintenance sweep adds a final failure whose live dead-letter write was missed', async () => {
    const queue = h.jobs.queue(QueueName.Maintenance);
    await db.query('ALTER TABLE audit_log RENAME TO audit_log_unavailable');
    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    for (let attempt = 1; attempt < 3; attempt += 1) {
      await waitFor(async () => (await queue.getJob(job.id!))?.attemptsMade === attempt && (await queue.getJob(job.id!))!.isDelayed(), {
        description: 'the failed attempt to be delayed for a retry',
      });
      await (await queue.getJob(job.id!))!.promote();
    }
    await waitFor(() => h.prisma.jobDeadLetter.findFirst({ where: { jobId: job.id } }), { description: 'the dead letter row' });
    await db.query('ALTER TABLE audit_log_unavailable RENAME TO audit_log');
    await h.prisma.jobDeadLetter.deleteMany({ where: { jobId: job.id } });

    const sweep = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    await waitFor(async () => (await queue.getJob(sweep.id!))?.isCompleted(), { description: 'the sweep to complete' });
    expect((await queue.getJob(sweep.id!))!.returnvalue).toMatchObject({ deadLettersRecovered: 1 });
    expect(await h.prisma.jobDeadLetter.findFirst({ where: { jobId: job.id } })).toMatchObject({ attemptsMade: 3, resolvedAt: null });
  });

  it('pausing a queue holds new jobs (readiness stays up and names it), resuming runs them', async () => {
    const queue = h.jobs.queue(QueueName.Maintenance);
    const paused = await h.request(adminToken, 'POST', '/admin/processing/pause', { queue: 'maintenance' });
    expect(paused.body.queues).toEqual([{ queue: 'maintenance', paused: true }]);

    const ready = await h.worker.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().details.workers).toMatchObject({ status: 'up', paused: ['maintenance'] });
    const state = (await h.request(adminToken, 'GET', '/admin/processing')).body.queues;
    expect(state).toContainEqual({ queue: 'maintenance', paused: true });
    expect(state).toContainEqual({ queue: 'sync', paused: false });

    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    // Give the (real) worker ample opportunity to pick it up: it must not.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await (await queue.getJob(job.id!))!.getState()).toBe('waiting');

    await h.request(adminToken, 'POST', '/admin/processing/resume', { all: true });
    await waitFor(async () => (await queue.getJob(job.id!))?.isCompleted(), { description: 'the resumed job to complete' });
    expect((await h.worker.inject({ method: 'GET', url: '/health/ready' })).json().details.workers.paused).toEqual([]);
    expect(await h.prisma.auditLog.count({ where: { action: { in: ['admin.processing.pause', 'admin.processing.resume'] } } })).toBe(2);
  });
});
