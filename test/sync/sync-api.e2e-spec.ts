import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

const SECRET = 'internal-sync-secret-for-tests-0123';

describe('sync API: triggers, internal scheduler route, telemetry and score reads', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let prisma: PrismaService;
  let admin: string;
  let coach: string;
  let coachId: string;
  let competitorId: string;

  beforeAll(async () => {
    env = await useTestEnvironment('sync-api', { INTERNAL_SYNC_SECRET: SECRET });
    api = await createApiApp();
    await api.init();
    prisma = api.get(PrismaService);
    await api.get(JobQueueService).queue(QueueName.Sync).pause();
    const owner = await prisma.coach.create({ data: { email: 'owner@example.test', firstName: 'O', lastName: 'Wner' } });
    coachId = owner.id;
    const competitor = await prisma.competitor.create({
      data: { coachId, firstName: 'Ada', lastName: 'L', status: 'complete', gamePlatformId: randomUUID(), division: 'high_school' },
    });
    competitorId = competitor.id;
    await prisma.gamePlatformStats.create({ data: { competitorId, challengesCompleted: 3, totalScore: 300, monthlyCtfChallenges: 1 } });
    await prisma.gamePlatformChallengeSolve.create({
      data: { synedUserId: competitor.gamePlatformId!, challengeSolveId: 1, challengeId: 1001, challengeTitle: 'Warmup', solvedAt: new Date(), rawPayload: {} },
    });
    admin = await mintToken(TEST_JWT_SECRET, { sub: randomUUID(), role: 'admin' });
    coach = await mintToken(TEST_JWT_SECRET, { sub: coachId, role: 'coach' });
  });

  afterAll(async () => {
    await api?.close();
    await env?.teardown();
  });

  const post = (url: string, payload: object, headers: Record<string, string>) => injectChecked(api, { method: 'POST', url, payload, headers });
  const get = (url: string, token: string) => injectChecked(api, { method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  it('POST /internal/sync: 401 without the secret header, 403 with a wrong one, 202 with the right one', async () => {
    expect((await post('/internal/sync', {}, {})).statusCode).toBe(401);
    const wrong = await post('/internal/sync', {}, { 'x-internal-sync-secret': `${SECRET}x` });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().detail).toMatch(/Invalid x-internal-sync-secret/);
    const ok = await post('/internal/sync', {}, { 'x-internal-sync-secret': SECRET });
    expect(ok.statusCode).toBe(202);
    const job = await api.get(JobQueueService).queue(QueueName.Sync).getJob(ok.json().jobId);
    expect(job).toMatchObject({ name: JobName.GamePlatformSync, data: { requestedBy: 'internal-scheduler' } });
    const sweep = await post('/internal/sync', { task: JobName.TotalsSweep, batchSize: 20 }, { 'x-internal-sync-secret': SECRET });
    expect(sweep.statusCode).toBe(202);
    expect(sweep.json()).toMatchObject({ task: JobName.TotalsSweep });
    expect((await post('/internal/sync', { task: 'nope' }, { 'x-internal-sync-secret': SECRET })).statusCode).toBe(400);
  });

  it('POST /sync/runs and /sync/totals-sweep: admin only, validated, 202 with the job id, audited', async () => {
    const auth = { authorization: `Bearer ${admin}` };
    expect((await post('/sync/runs', {}, { authorization: `Bearer ${coach}` })).statusCode).toBe(403);
    expect((await post('/sync/runs', { dryRun: 'yes' }, auth)).statusCode).toBe(400);
    expect((await post('/sync/runs', { coachId: randomUUID() }, auth)).statusCode).toBe(404);
    const accepted = await post('/sync/runs', { dryRun: true, coachId }, auth);
    expect(accepted.statusCode).toBe(202);
    const job = await api.get(JobQueueService).queue(QueueName.Sync).getJob(accepted.json().jobId);
    expect(job?.data).toMatchObject({ dryRun: true, coachId });
    expect((await post('/sync/totals-sweep', { batchSize: 0 }, auth)).statusCode).toBe(400);
    expect((await post('/sync/totals-sweep', { batchSize: 10 }, auth)).statusCode).toBe(202);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: 'sync.' } } })).toBe(2);
  });

  it('GET /sync/runs and /sync/freshness report telemetry and lag per tier', async () => {
    await prisma.gamePlatformSyncRun.create({ data: { kind: 'incremental', status: 'succeeded', competitorsProcessed: 5, apiCallCount: 6 } });
    const runs = await get('/sync/runs?limit=5', admin);
    expect(runs.statusCode).toBe(200);
    expect(runs.json()[0]).toMatchObject({ kind: 'incremental', competitorsProcessed: 5, apiCallCount: 6 });
    expect((await get('/sync/runs?limit=0', admin)).statusCode).toBe(400);
    const freshness = await get('/sync/freshness', admin);
    expect(freshness.json().map((t: { tier: string }) => t.tier)).toEqual(['high', 'medium', 'low']);
    expect(freshness.json()[0]).toMatchObject({ competitors: 1, neverSynced: 1, dueNow: 1 });
  });

  it('score reads: a coach sees their own competitor, not others; bad ids are 400', async () => {
    const own = await get(`/scores/competitors/${competitorId}`, coach);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ stats: { totalScore: 300 }, recentSolves: [{ challengeSolveId: 1, challengeTitle: 'Warmup' }] });
    const stranger = await mintToken(TEST_JWT_SECRET, { sub: randomUUID(), role: 'coach' });
    expect((await get(`/scores/competitors/${competitorId}`, stranger)).statusCode).toBe(404);
    expect((await get('/scores/competitors/not-a-uuid', admin)).statusCode).toBe(400);
    const board = await get('/scores/leaderboard?division=high_school', admin);
    expect(board.json()).toEqual([expect.objectContaining({ rank: 1, competitorId, totalScore: 300 })]);
    expect((await get('/scores/leaderboard', stranger)).json()).toEqual([]);
  });
});
