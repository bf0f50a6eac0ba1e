import { randomUUID } from 'node:crypto';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { redisOptionsFromUrl } from '@app/common';
import { JobName, QueueName } from '@app/jobs';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/** Every admin route, with a valid-looking target, for the access checks. */
const ADMIN_ROUTES: [method: 'GET' | 'POST' | 'DELETE', url: string, body?: object][] = [
  ['GET', '/admin/jobs'],
  ['GET', '/admin/jobs/maintenance/1'],
  ['POST', '/admin/jobs/maintenance/1/retry'],
  ['DELETE', '/admin/jobs/maintenance/1'],
  ['POST', '/admin/jobs/retry', { all: true }],
  ['GET', '/admin/dead-letters'],
  ['POST', `/admin/dead-letters/${randomUUID()}/replay`],
  ['DELETE', `/admin/dead-letters/${randomUUID()}`],
  ['POST', '/admin/dead-letters/purge', { all: true }],
  ['GET', '/admin/processing'],
  ['POST', '/admin/processing/pause', { all: true }],
  ['POST', '/admin/processing/resume', { all: true }],
  ['GET', '/admin/sync/overview'],
  ['GET', '/sync/runs'],
  ['GET', '/sync/freshness'],
  ['GET', '/admin/sync/success-rate'],
  ['GET', '/admin/sync/pending'],
  ['GET', '/admin/sync/errors'],
  ['GET', '/admin/alerts'],
  ['GET', '/admin/queues/'],
  ['GET', '/admin/queues/api/queues'],
  ['PUT' as 'POST', '/admin/queues/api/queues/maintenance/1/retry'],
];

describe('admin job operations (queues driven by plain BullMQ workers)', () => {
  let h: TestStack<'simulator' | 'api'>;
  let adminToken: string;
  let coachToken: string;
  const workers: Worker[] = [];

  /** Consumes `queue` with a processor that fails every job for good. */
  const failEverything = (queue: QueueName) => {
    const worker = new Worker(
      queue,
      async (): Promise<unknown> => {
        throw new UnrecoverableError('forced failure');
      },
      {
        connection: redisOptionsFromUrl(process.env.REDIS_URL!),
        prefix: h.redisPrefix,
      },
    );
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    h = await testStack('admin-jobs', { simulator: { users: 4, seed: 3 }, api: true });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    coachToken = (await h.caller('coach', '00000000-0000-4000-8000-000000000001')).token;
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close(true)));
    await h?.close();
  });

  it('non-admins get 403 and anonymous callers 401 on every admin route; nothing changes', async () => {
    for (const [method, url, body] of ADMIN_ROUTES) {
      const asCoach = await h.request(coachToken, method, url, body);
      expect({ method, url, status: asCoach.statusCode }).toEqual({ method, url, status: 403 });
      const anonymous = await h.request(undefined, method, url, body);
      expect({ method, url, status: anonymous.statusCode }).toEqual({ method, url, status: 401 });
    }
    expect((await h.request(adminToken, 'GET', '/admin/processing')).body.queues.every((q: { paused: boolean }) => !q.paused)).toBe(true);
  });

  it('bulk retry touches exactly the failed jobs matching the filter', async () => {
    const coachA = await h.prisma.coach.create({ data: { email: 'a@example.test', firstName: 'Ann', lastName: 'A' } });
    const coachB = await h.prisma.coach.create({ data: { email: 'b@example.test', firstName: 'Bob', lastName: 'B' } });
    const competitorA = await h.prisma.competitor.create({ data: { coachId: coachA.id, firstName: 'Cy', lastName: 'A' } });
    const competitorB = await h.prisma.competitor.create({ data: { coachId: coachB.id, firstName: 'Di', lastName: 'B' } });
    const teamA = await h.prisma.team.create({ data: { coachId: coachA.id, name: 'Alpha', division: 'high_school', affiliation: 'A High' } });

    const competitorsFail = failEverything(QueueName.Competitors);
    const teamsFail = failEverything(QueueName.Teams);
    const syncFail = failEverything(QueueName.Sync);
    const enqueued = [
      await h.jobs.enqueue(JobName.OnboardCompetitor, { competitorId: competitorA.id, requestedBy: 'test' }),
      await h.jobs.enqueue(JobName.OnboardCompetitor, { competitorId: competitorB.id, requestedBy: 'test' }),
      await h.jobs.enqueue(JobName.SyncTeam, { teamId: teamA.id, requestedBy: 'test' }),
      await h.jobs.enqueue(JobName.DeleteRemoteTeam, {
        teamId: randomUUID(),
        coachId: coachA.id,
        teamName: 'Gone',
        synedTeamId: randomUUID(),
        requestedBy: 'test',
      }),
      await h.jobs.enqueue(JobName.GamePlatformSync, { coachId: coachA.id, requestedBy: 'test' }),
      await h.jobs.enqueue(JobName.GamePlatformSync, { coachId: coachB.id, requestedBy: 'test' }),
    ];
    await waitFor(async () => (await Promise.all(enqueued.map((job) => job.isFailed()))).every(Boolean), { description: 'every enqueued job to fail' });
    await Promise.all([competitorsFail.close(), teamsFail.close(), syncFail.close()]);
    const [onboardA, onboardB, teamSyncA, teamDeleteA, syncA, syncB] = enqueued;

    const listed = await h.request(adminToken, 'GET', '/admin/jobs?state=failed&type=competitor_onboard');
    expect(listed.body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(listed.body.items[0]).toMatchObject({
      type: 'competitor_onboard',
      state: 'failed',
      failedReason: 'forced failure',
      attemptsMade: 1,
      maxAttempts: 5,
    });
    const paged = await h.request(adminToken, 'GET', '/admin/jobs?state=failed&page=2&pageSize=4');
    expect(paged.body).toMatchObject({ total: 6, page: 2 });
    expect(paged.body.items).toHaveLength(2);
    expect((await h.request(adminToken, 'GET', '/admin/jobs?state=finished')).statusCode).toBe(400);

    const byCoach = await h.request(adminToken, 'POST', '/admin/jobs/retry', { coachId: coachA.id });
    expect(byCoach.statusCode).toBe(200);
    expect(byCoach.body.touched).toBe(4);
    const ids = (result: { jobs: { queue: string; id: string }[] }) => result.jobs.map((ref) => `${ref.queue}:${ref.id}`).sort();
    expect(ids(byCoach.body)).toEqual([onboardA, teamSyncA, teamDeleteA, syncA].map((job) => `${job.queueName}:${job.id}`).sort());
    for (const job of [onboardA, teamSyncA, teamDeleteA, syncA]) expect(await job.getState()).toBe('waiting');
    for (const job of [onboardB, syncB]) expect(await job.getState()).toBe('failed');

    expect(
      (await h.request(adminToken, 'POST', '/admin/jobs/retry', { type: 'competitor_onboard', since: new Date(Date.now() + 60_000).toISOString() })).body
        .touched,
    ).toBe(0);
    const byType = await h.request(adminToken, 'POST', '/admin/jobs/retry', { queue: 'sync', type: 'game_platform_sync' });
    expect(byType.body).toEqual({ touched: 1, jobs: [{ queue: 'sync', id: syncB.id }] });
    expect(await onboardB.getState()).toBe('failed');
    expect((await h.request(adminToken, 'POST', '/admin/jobs/retry', { coachId: 'not-a-uuid' })).statusCode).toBe(400);

    const audit = await h.prisma.auditLog.findMany({ where: { action: 'admin.jobs.bulk_retry' }, orderBy: { at: 'asc' } });
    expect(audit.map((row) => (row.payload as { touched: number }).touched)).toEqual([4, 0, 1]);
    await Promise.all([QueueName.Competitors, QueueName.Teams, QueueName.Sync].map((queue) => h.jobs.queue(queue).drain()));
  });

  it('retries one failed job, refuses non-failed ones, discards one', async () => {
    const worker = failEverything(QueueName.Maintenance);
    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    await waitFor(() => job.isFailed(), { description: 'the job to fail' });
    await worker.close();

    const detail = await h.request(adminToken, 'GET', `/admin/jobs/maintenance/${job.id}`);
    expect(detail.body).toMatchObject({ id: job.id, state: 'failed', stacktrace: [expect.stringContaining('forced failure')] });
    expect((await h.request(adminToken, 'POST', `/admin/jobs/maintenance/${job.id}/retry`)).body).toEqual({
      touched: 1,
      jobs: [{ queue: 'maintenance', id: job.id }],
    });
    expect(await job.getState()).toBe('waiting');
    expect((await h.request(adminToken, 'POST', `/admin/jobs/maintenance/${job.id}/retry`)).statusCode).toBe(409);
    expect((await h.request(adminToken, 'GET', '/admin/jobs/maintenance/999999')).statusCode).toBe(404);
    expect((await h.request(adminToken, 'GET', '/admin/jobs/nope/1')).statusCode).toBe(400);

    expect((await h.request(adminToken, 'DELETE', `/admin/jobs/maintenance/${job.id}`)).body.touched).toBe(1);
    expect(await h.jobs.queue(QueueName.Maintenance).getJob(job.id!)).toBeUndefined();
    expect(await h.prisma.auditLog.count({ where: { targetId: `maintenance:${job.id}`, action: { in: ['admin.job.retry', 'admin.job.discard'] } } })).toBe(2);
  });

  it('pause: the active job finishes, no new job starts; resume continues', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    const worker = new Worker(
      QueueName.Sync,
      async (job: Job) => {
        started.push(job.id!);
        await gate;
        return 'done';
      },
      { connection: redisOptionsFromUrl(process.env.REDIS_URL!), prefix: h.redisPrefix },
    );
    workers.push(worker);
    const first = await h.jobs.enqueue(JobName.GamePlatformSync, { coachId: randomUUID(), requestedBy: 'test' });
    await waitFor(async () => (await first.getState()) === 'active', { description: 'the first job to be active' });

    expect((await h.request(adminToken, 'POST', '/admin/processing/pause', { all: true })).body.queues.every((q: { paused: boolean }) => q.paused)).toBe(true);
    const second = await h.jobs.enqueue(JobName.GamePlatformSync, { coachId: randomUUID(), requestedBy: 'test' });
    release();
    await waitFor(() => first.isCompleted(), { description: 'the first job to complete' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await second.getState()).toBe('waiting');
    expect(started).toEqual([first.id]);

    await h.request(adminToken, 'POST', '/admin/processing/resume', { queue: 'sync' });
    expect((await h.request(adminToken, 'GET', '/admin/processing')).body.queues).toContainEqual({ queue: 'maintenance', paused: true });
    await waitFor(() => second.isCompleted(), { description: 'the second job to complete' });
    expect(started).toEqual([first.id, second.id]);
  });
});
