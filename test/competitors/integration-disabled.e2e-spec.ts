import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { Caller, CompetitorsHarness, useCompetitorsHarness } from './competitors-harness';

describe('GAME_PLATFORM_INTEGRATION_ENABLED=false (read-only soft launch)', () => {
  let h: CompetitorsHarness;
  let coach: Caller;
  let id: string;

  beforeAll(async () => {
    h = await useCompetitorsHarness('integration-off', { worker: true, env: { GAME_PLATFORM_INTEGRATION_ENABLED: 'false' } });
    coach = await h.coach();
    id = await h.compliantCompetitor(coach);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers 503 with a clear message to every vendor action, and keeps reads working', async () => {
    const onPlatform = await h.compliantCompetitor(coach);
    await h.prisma.competitor.update({ where: { id: onPlatform }, data: { gamePlatformId: onPlatform, status: 'complete' } });
    for (const [url, who, body] of [
      [`/competitors/${id}/game-platform`, coach, {}],
      [`/competitors/${onPlatform}/game-platform/password-reset`, coach, {}],
      ['/competitors/game-platform/retry-failed', h.admin, { all: true }],
    ] as const) {
      const response = await h.call(who, 'POST', url, body);
      expect(response.statusCode).toBe(503);
      expect(response.body.detail).toMatch(/game platform integration is switched off \(GAME_PLATFORM_INTEGRATION_ENABLED=false\)/);
    }
    expect((await h.call(coach, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'not_started' });
    const availability = await h.call(h.admin, 'GET', `/feature-flags/game_platform_integration/coaches/${coach.id}`);
    expect(availability.body).toEqual({ coachId: coach.id, availability: 'switched_off', available: false });
  });

  it('the worker parks a vendor write instead of running or failing it, and says why', async () => {
    const job = await h.api.get(JobQueueService).enqueue(JobName.OnboardCompetitor, { competitorId: id, requestedBy: 'system' });
    const queue = h.api.get(JobQueueService).queue(QueueName.Competitors);
    const deadline = Date.now() + 10_000;
    while ((await queue.getJobState(job.id!)) !== 'completed' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await queue.getJob(job.id!))!.returnvalue).toEqual({ parked: 'switched_off', coachId: coach.id });
    const competitor = await h.prisma.competitor.findUniqueOrThrow({ where: { id } });
    expect(competitor).toMatchObject({ status: 'compliance', gamePlatformId: null, gamePlatformSyncError: null });
    const parked = await h.call(h.admin, 'GET', '/admin/jobs?state=parked');
    expect(parked.body.items).toEqual([expect.objectContaining({ type: 'competitor_onboard', state: 'parked', parkedReason: 'switched_off' })]);
    expect((await h.call(coach, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'pending', message: expect.stringContaining('not available') });
    expect(await h.sim.control.count('POST /users')).toBe(0);
    expect(await h.sim.control.count('GET /users')).toBe(0);
  });

  it('a worker that starts with the switch turned on catches up: the parked onboarding runs, once', async () => {
    await h.worker!.close();
    process.env.GAME_PLATFORM_INTEGRATION_ENABLED = 'true';
    const switchedOn = await createWorkerApp();
    await switchedOn.init();
    try {
      const deadline = Date.now() + 15_000;
      while (!(await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).gamePlatformId && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).toMatchObject({ gamePlatformId: expect.any(String), status: 'complete' });
      expect(await h.prisma.parkedJob.count()).toBe(0);
      expect(await h.sim.control.count('POST /users')).toBe(1);
    } finally {
      await switchedOn.close();
    }
  });
});
