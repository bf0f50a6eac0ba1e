import { JobQueueService, QueueName } from '@app/jobs';
import { seededUserProfiles } from '../../apps/game-platform-sim/src';
import { Caller, CompetitorsHarness, useCompetitorsHarness } from './competitors-harness';

describe('competitor onboarding to the game platform (API + worker + simulator)', () => {
  let h: CompetitorsHarness;
  let coach: Caller;

  beforeAll(async () => {
    h = await useCompetitorsHarness('onboarding', { worker: true, sim: { users: 2 } });
    coach = await h.coach();
  });

  afterAll(async () => {
    await h?.close();
  });

  const auditActions = async (id: string) =>
    (await h.prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } })).map((row) => row.action);

  it('creates the remote user with role user and completes the competitor', async () => {
    const id = await h.compliantCompetitor(coach);
    const accepted = await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    expect(accepted.statusCode).toBe(202);
    expect(accepted.body).toEqual({ jobId: expect.any(String), state: 'pending' });

    const state = await h.settledOnboarding(coach, id);
    expect(state).toMatchObject({ state: 'synced', jobId: accepted.body.jobId, attempts: 1, gamePlatformId: id, lastAttemptAt: expect.any(String) });

    const remote = await h.sim.control.user(id);
    expect(remote).toMatchObject({ role: 'user', email: expect.stringMatching(/@students\.example\.test$/) });
    const competitor = (await h.call(coach, 'GET', `/competitors/${id}`)).body;
    expect(competitor).toMatchObject({
      status: 'complete',
      gamePlatform: { id, metactfUserId: expect.any(Number), username: expect.any(String), userStatus: expect.any(String), syncError: null, syncedAt: expect.any(String) },
    });
    expect(await auditActions(id)).toEqual(['competitor.create', 'competitor.compliance_confirm', 'competitor.game_platform.onboard']);

    const again = await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    expect(again.statusCode).toBe(409);
    expect(again.body.detail).toMatch(/already on the Game Platform/);
    const emailChange = await h.call(coach, 'PATCH', `/competitors/${id}`, { email: 'other@students.example.test' });
    expect(emailChange.statusCode).toBe(409);
  });

  it('answers 409 saying what is missing before compliance', async () => {
    const id = (await h.call(coach, 'POST', '/competitors', { firstName: 'No', lastName: 'Email', division: 'college' })).body.id;
    const incomplete = await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.body.detail).toMatch(/missing: email, school id/);
    await h.call(coach, 'PATCH', `/competitors/${id}`, { email: 'no.email@students.example.test', schoolId: 's' });
    const unconfirmed = await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.body.detail).toMatch(/Compliance has not been confirmed/);
    expect((await h.call(coach, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'not_started', jobId: null });
    const reset = await h.call(coach, 'POST', `/competitors/${id}/game-platform/password-reset`);
    expect(reset.statusCode).toBe(409);
    expect(reset.body.detail).toMatch(/not on the Game Platform yet/);
  });

  it('returns the same job while one is pending and creates one remote user', async () => {
    const id = await h.compliantCompetitor(coach);
    const queue = h.api.get(JobQueueService).queue(QueueName.Competitors);
    const createCallsBefore = await h.sim.control.count('POST /users');
    await queue.pause();
    let jobIds: string[];
    try {
      const responses = [];
      for (let i = 0; i < 3; i += 1) responses.push(await h.call(coach, 'POST', `/competitors/${id}/game-platform`));
      jobIds = responses.map((response) => response.body.jobId);
      expect(responses.map((response) => response.statusCode)).toEqual([202, 202, 202]);
      expect(new Set(jobIds).size).toBe(1);
      expect((await h.call(coach, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'pending', jobId: jobIds[0] });
    } finally {
      await queue.resume();
    }
    expect((await h.settledOnboarding(coach, id)).state).toBe('synced');
    expect(await h.sim.control.count('POST /users')).toBe(createCallsBefore + 1);
    expect((await h.sim.control.user(id)).syned_user_id).toBe(id);
    const audit = await h.prisma.auditLog.findMany({ where: { targetId: id, action: 'competitor.game_platform.onboard' } });
    expect(audit.map((row) => (row.payload as { alreadyPending: boolean }).alreadyPending)).toEqual([false, true, true]);
  });

  it('stores an actionable message when the email is taken on the platform, fails without retries, then retries and clears', async () => {
    const takenEmail = seededUserProfiles(1)[0].email;
    const id = await h.compliantCompetitor(coach, { email: takenEmail });
    const accepted = await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    const failed = await h.settledOnboarding(coach, id);
    expect(failed).toMatchObject({
      state: 'error',
      attempts: 1,
      message: "The email is already registered on the Game Platform by another account: change the competitor's email or contact support",
    });
    const job = await h.api.get(JobQueueService).queue(QueueName.Competitors).getJob(accepted.body.jobId);
    expect(await job!.getState()).toBe('failed');
    expect(job!.attemptsMade).toBe(1);
    expect((await h.call(coach, 'GET', '/competitors?hasSyncError=true')).body.items.map((c: { id: string }) => c.id)).toContain(id);

    // retry with the same data fails the same way; clearing removes the message
    const retried = await h.call(coach, 'POST', `/competitors/${id}/game-platform/retry`);
    expect(retried.statusCode).toBe(202);
    expect(retried.body.jobId).not.toBe(accepted.body.jobId);
    expect((await h.settledOnboarding(coach, id)).state).toBe('error');
    const cleared = await h.call(coach, 'DELETE', `/competitors/${id}/game-platform/error`);
    expect(cleared.body).toMatchObject({ state: 'not_started', message: 'Ready to be added to the Game Platform' });
    const nothingToRetry = await h.call(coach, 'POST', `/competitors/${id}/game-platform/retry`);
    expect(nothingToRetry.statusCode).toBe(409);

    // fixing the email and onboarding again succeeds
    await h.call(coach, 'PATCH', `/competitors/${id}`, { email: 'fixed.address@students.example.test' });
    await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    expect((await h.settledOnboarding(coach, id)).state).toBe('synced');
    expect(await auditActions(id)).toEqual([
      'competitor.create',
      'competitor.compliance_confirm',
      'competitor.game_platform.onboard',
      'competitor.game_platform.retry',
      'competitor.game_platform.clear_error',
      'competitor.update',
      'competitor.game_platform.onboard',
    ]);
  });

  it('keeps a transient vendor failure pending with its message and lets BullMQ retry it', async () => {
    const id = await h.compliantCompetitor(coach);
    await h.sim.control.setFaults({ errorRate: 1, errorStatus: 502, paths: ['/users'] });
    const accepted = await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    const job = await h.api.get(JobQueueService).queue(QueueName.Competitors).getJob(accepted.body.jobId);
    const deadline = Date.now() + 10_000;
    while ((await job!.getState()) !== 'delayed' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      const retrying = (await h.call(coach, 'GET', `/competitors/${id}/game-platform`)).body;
      expect(retrying).toMatchObject({ state: 'pending', attempts: 1, jobId: accepted.body.jobId });
      expect(retrying.message).toMatch(/^Retrying automatically after a failed attempt: The Game Platform is unavailable right now \(unavailable, attempt 1 of 5\)/);
    } finally {
      await h.sim.control.clearFaults();
    }
    await job!.promote();
    expect(await h.settledOnboarding(coach, id)).toMatchObject({ state: 'synced', attempts: 2, jobId: accepted.body.jobId });
    expect((await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).gamePlatformSyncError).toBeNull();
  });

  it('bulk-retries failed onboardings: coaches their own, admins everyone or one coach', async () => {
    const other = await h.coach();
    const mine = await h.compliantCompetitor(coach, { email: seededUserProfiles(2)[1].email });
    const theirs = await h.compliantCompetitor(other, { email: seededUserProfiles(2)[0].email });
    await h.call(coach, 'POST', `/competitors/${mine}/game-platform`);
    await h.call(other, 'POST', `/competitors/${theirs}/game-platform`);
    expect((await h.settledOnboarding(coach, mine)).state).toBe('error');
    expect((await h.settledOnboarding(other, theirs)).state).toBe('error');

    const hijack = await h.call(coach, 'POST', '/competitors/game-platform/retry-failed', { coachId: other.id });
    expect(hijack.statusCode).toBe(400);
    const own = await h.call(coach, 'POST', '/competitors/game-platform/retry-failed', { all: true });
    expect(own.statusCode).toBe(202);
    expect(own.body.enqueued.map((entry: { competitorId: string }) => entry.competitorId)).toEqual([mine]);
    await h.settledOnboarding(coach, mine);

    const byAdmin = await h.call(h.admin, 'POST', '/competitors/game-platform/retry-failed', { coachId: other.id });
    expect(byAdmin.body.enqueued.map((entry: { competitorId: string }) => entry.competitorId)).toEqual([theirs]);
    await h.settledOnboarding(other, theirs);
    const everyone = await h.call(h.admin, 'POST', '/competitors/game-platform/retry-failed', { all: true });
    expect(everyone.body.enqueued.map((entry: { competitorId: string }) => entry.competitorId).sort()).toEqual([mine, theirs].sort());
    expect(await h.prisma.auditLog.count({ where: { action: 'competitor.game_platform.bulk_retry' } })).toBe(4);
  });

  it('sends a password reset through the worker to the platform', async () => {
    const id = await h.compliantCompetitor(coach);
    await h.call(coach, 'POST', `/competitors/${id}/game-platform`);
    expect((await h.settledOnboarding(coach, id)).state).toBe('synced');
    const before = await h.sim.control.count('POST /auth/send_password_reset_email', 200);
    const accepted = await h.call(coach, 'POST', `/competitors/${id}/game-platform/password-reset`);
    expect(accepted.statusCode).toBe(202);
    const job = await h.api.get(JobQueueService).queue(QueueName.Competitors).getJob(accepted.body.jobId);
    const deadline = Date.now() + 10_000;
    while (!(await job!.isCompleted()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await h.sim.control.count('POST /auth/send_password_reset_email', 200)).toBe(before + 1);
    expect(await auditActions(id)).toContain('competitor.game_platform.password_reset');
  });
});
