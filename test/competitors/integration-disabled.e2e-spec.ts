import { JobName, QueueName } from '@app/jobs';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach, compliantCompetitor } from './competitor-fixtures';
import { waitFor } from '../support/wait-for';

describe('GAME_PLATFORM_INTEGRATION_ENABLED=false (read-only soft launch)', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let admin: Caller;
  let coach: Caller;
  let id: string;

  beforeAll(async () => {
    h = await testStack('integration-off', { simulator: { users: 0 }, api: true, worker: true, env: { GAME_PLATFORM_INTEGRATION_ENABLED: 'false' } });
    admin = await h.caller('admin');
    coach = await registeredCoach(h, admin);
    id = await compliantCompetitor(h, coach);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers 503 with a clear message to every vendor action, and keeps reads working', async () => {
    const onPlatform = await compliantCompetitor(h, coach);
    await h.prisma.competitor.update({ where: { id: onPlatform }, data: { gamePlatformId: onPlatform, status: 'complete' } });
    for (const [url, who, body] of [
      [`/competitors/${id}/game-platform`, coach, {}],
      [`/competitors/${onPlatform}/game-platform/password-reset`, coach, {}],
      ['/competitors/game-platform/retry-failed', admin, { all: true }],
    ] as const) {
      const response = await h.request(who.token, 'POST', url, body);
      expect(response.statusCode).toBe(503);
      expect(response.body.detail).toMatch(/game platform integration is switched off \(GAME_PLATFORM_INTEGRATION_ENABLED=false\)/);
    }
    expect((await h.request(coach.token, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'not_started' });
    const availability = await h.request(admin.token, 'GET', `/feature-flags/game_platform_integration/coaches/${coach.id}`);
    expect(availability.body).toEqual({ coachId: coach.id, availability: 'switched_off', available: false });
  });

  it('the worker parks a vendor write instead of running or failing it, and says why', async () => {
    const job = await h.jobs.enqueue(JobName.OnboardCompetitor, { competitorId: id, requestedBy: 'system' });
    const queue = h.jobs.queue(QueueName.Competitors);
    await waitFor(() => queue.getJobState(job.id!), { until: (state) => state === 'completed', description: 'the onboarding job to complete (parked)' });
    expect((await queue.getJob(job.id!))!.returnvalue).toEqual({ parked: 'switched_off', coachId: coach.id });
    const competitor = await h.prisma.competitor.findUniqueOrThrow({ where: { id } });
    expect(competitor).toMatchObject({ status: 'compliance', gamePlatformId: null, gamePlatformSyncError: null });
    const parked = await h.request(admin.token, 'GET', '/admin/jobs?state=parked');
    expect(parked.body.items).toEqual([expect.objectContaining({ type: 'competitor_onboard', state: 'parked', parkedReason: 'switched_off' })]);
    expect((await h.request(coach.token, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({
      state: 'pending',
      message: expect.stringContaining('not available'),
    });
    expect(await h.sim.control.count('POST /users')).toBe(0);
    expect(await h.sim.control.count('GET /users')).toBe(0);
  });

  it('a worker that starts with the switch turned on catches up: the parked onboarding runs, once', async () => {
    await h.worker.close();
    process.env.GAME_PLATFORM_INTEGRATION_ENABLED = 'true';
    const switchedOn = await createWorkerApp();
    await switchedOn.init();
    try {
      await waitFor(async () => (await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).gamePlatformId, {
        description: 'the parked onboarding to run',
      });
      expect(await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).toMatchObject({ gamePlatformId: expect.any(String), status: 'complete' });
      expect(await h.prisma.parkedJob.count()).toBe(0);
      expect(await h.sim.control.count('POST /users')).toBe(1);
    } finally {
      await switchedOn.close();
    }
  });
});
