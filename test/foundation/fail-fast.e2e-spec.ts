import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobName, JobQueueService, QueueName, RecurringSchedules } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { OwnRedis } from '../support/own-services';
import { waitFor } from '../support/wait-for';

/** With a Redis of its own, killed and restarted empty under a running API and worker. */
describe('fail fast when Redis is down, heal when it is back', () => {
  let redis: OwnRedis;
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: string;
  let coach: string;
  let teamId: string;
  let competitorId: string;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    env = await useTestEnvironment('fail-fast', {
      REDIS_URL: redis.url,
      DEPENDENCY_TIMEOUT_MS: '2000',
      SCHEDULE_RECONCILE_INTERVAL_MS: '600000',
      READ_CACHE_TTL_MS: '600000',
    });
    api = await createApiApp();
    await api.init();
    worker = await createWorkerApp();
    await worker.init();
    const prisma = api.get(PrismaService);
    const coachRow = await prisma.coach.create({ data: { email: 'fail-fast@example.test', firstName: 'Fay', lastName: 'Fast' } });
    teamId = (await prisma.team.create({ data: { coachId: coachRow.id, name: 'Fast', division: 'high_school', affiliation: 'X' } })).id;
    competitorId = (
      await prisma.competitor.create({
        data: { coachId: coachRow.id, firstName: 'A', lastName: 'B', status: 'complete', gamePlatformId: '5eed0000-0000-4000-8000-000000000001' },
      })
    ).id;
    admin = await mintToken(TEST_JWT_SECRET, { sub: 'admin-1', role: 'admin' });
    coach = await mintToken(TEST_JWT_SECRET, { sub: coachRow.id, role: 'coach' });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    redis?.kill();
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    await env?.teardown();
  });

  const timed = async (app: NestFastifyApplication, method: 'GET' | 'POST', url: string, token?: string) => {
    const started = Date.now();
    const response = await app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { url, status: response.statusCode, ms: Date.now() - started, body: response.body };
  };

  it('reports a missing or drifted schedule in readiness and metrics, and puts it back', async () => {
    const schedules = worker.get(RecurringSchedules);
    expect(Object.values(await schedules.inspect())).toEqual(['ok', 'ok', 'ok']);
    await worker.get(JobQueueService).queue(QueueName.Sync).removeJobScheduler(JobName.TotalsSweep);
    await worker
      .get(JobQueueService)
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(JobName.MaintenanceCleanup, { pattern: '0 0 1 1 *', tz: 'UTC' }, { name: JobName.MaintenanceCleanup, data: { reason: 'schedule' } });

    const ready = await timed(worker, 'GET', '/health/ready');
    expect(ready.status).toBe(503);
    const message = JSON.parse(ready.body).detail;
    expect(message).toMatch(/^Not ready: schedules/);
    expect(message).toMatch(/game_platform_totals_sweep missing/);
    expect(message).toMatch(/maintenance_cleanup drifted/);
    const metrics = (await timed(worker, 'GET', '/metrics')).body;
    expect(metrics).toContain('gps_job_schedule_ok{schedule="game_platform_totals_sweep"} 0');
    expect(metrics).toContain('gps_job_schedule_ok{schedule="game_platform_sync"} 1');

    expect(await schedules.reconcile()).toMatchObject({ game_platform_totals_sweep: 'missing', maintenance_cleanup: 'drifted' });
    expect((await timed(worker, 'GET', '/health/ready')).status).toBe(200);
    expect((await timed(worker, 'GET', '/metrics')).body).toContain('gps_job_schedule_repairs_total{schedule="game_platform_totals_sweep",reason="missing"} 1');
  });

  it('answers 503 within 2 s on every path that needs Redis while it is down; liveness stays 200', async () => {
    expect((await timed(api, 'GET', '/dashboard/teams', admin)).status).toBe(200);
    redis.kill();
    const requests: [NestFastifyApplication, 'GET' | 'POST', string, string?][] = [
      [api, 'GET', '/health/ready'],
      [api, 'GET', '/metrics'],
      [api, 'GET', '/admin/processing', admin],
      [api, 'GET', '/admin/alerts', admin],
      [api, 'GET', '/admin/jobs', admin],
      [api, 'POST', `/teams/${teamId}/sync`, admin],
      [api, 'POST', `/competitors/${competitorId}/game-platform/password-reset`, coach],
      [api, 'GET', '/admin/queues/api/queues', admin],
      [worker, 'GET', '/health/ready'],
      [worker, 'GET', '/metrics'],
    ];
    const answers = [];
    for (const [app, method, url, token] of requests) answers.push(await timed(app, method, url, token));
    // Fast means refused within about DEPENDENCY_TIMEOUT_MS (2 s) instead of hanging; 10 s leaves room for a loaded machine.
    for (const answer of answers) {
      expect({ url: answer.url, status: answer.status, fast: answer.ms < 10_000 }).toEqual({ url: answer.url, status: 503, fast: true });
    }
    expect(JSON.parse(answers[0].body).detail).toMatch(/^Not ready: .*redis/);
    expect(JSON.parse(answers[8].body).detail).toMatch(/^Not ready: .*redis/);
    expect(answers[2].body).toMatch(/Redis is unavailable/);
    expect((await timed(api, 'GET', '/health/live')).status).toBe(200);
    expect((await timed(worker, 'GET', '/health/live')).status).toBe(200);
  });

  it('answers reads that need only PostgreSQL while Redis is down, computed since the read cache cannot know the data version', async () => {
    const started = Date.now();
    const read = await api.inject({ method: 'GET', url: '/dashboard/teams', headers: { authorization: `Bearer ${admin}` } });
    expect({ status: read.statusCode, cache: read.headers['cache-status'], fast: Date.now() - started < 10_000 }).toEqual({
      status: 200,
      cache: 'gps-api; fwd=bypass',
      fast: true,
    });
  });

  // How soon readiness returns is the fault suite's measurement (npm run test:faults), not a bound here.
  it('is ready again once an empty Redis comes back, schedules included', async () => {
    await redis.start();
    await waitFor(async () => (await timed(api, 'GET', '/health/ready')).status, {
      until: (status) => status === 200,
      description: 'API readiness',
      intervalMs: 100,
    });
    await waitFor(async () => (await timed(worker, 'GET', '/health/ready')).status, {
      until: (status) => status === 200,
      description: 'worker readiness',
      intervalMs: 100,
    });
    expect(Object.values(await worker.get(RecurringSchedules).inspect())).toEqual(['ok', 'ok', 'ok']);
    expect((await timed(api, 'GET', '/admin/processing', admin)).status).toBe(200);
  });
});
