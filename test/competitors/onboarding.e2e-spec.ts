import { QueueName } from '@app/jobs';
import { seededUserProfiles } from '../../apps/game-platform-sim/src';
import { Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach, compliantCompetitor, settledOnboarding } from './competitor-fixtures';
import { waitFor } from '../support/wait-for';

describe('competitor onboarding to the game platform (API + worker + simulator)', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let admin: Caller;
  let coach: Caller;

  beforeAll(async () => {
    h = await testStack('onboarding', { simulator: { users: 2 }, api: true, worker: true });
    admin = await h.caller('admin');
    coach = await registeredCoach(h, admin);
  });

  afterAll(async () => {
    await h?.close();
  });

  const auditActions = async (id: string) => (await h.prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } })).map((row) => row.action);

  it('creates the remote user with role user and completes the competitor', async () => {
    const id = await compliantCompetitor(h, coach);
    const accepted = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect(accepted.statusCode).toBe(202);
    expect(accepted.body).toEqual({ jobId: expect.any(String), state: 'pending' });

    const state = await settledOnboarding(h, coach, id);
    expect(state).toMatchObject({ state: 'synced', jobId: accepted.body.jobId, attempts: 1, gamePlatformId: id, lastAttemptAt: expect.any(String) });

    const remote = await h.sim.control.user(id);
    expect(remote).toMatchObject({ role: 'user', email: expect.stringMatching(/@students\.example\.test$/) });
    const competitor = (await h.request(coach.token, 'GET', `/competitors/${id}`)).body;
    expect(competitor).toMatchObject({
      status: 'complete',
      gamePlatform: {
        id,
        metactfUserId: expect.any(Number),
        username: expect.any(String),
        userStatus: expect.any(String),
        syncError: null,
        syncedAt: expect.any(String),
      },
    });
    expect(await auditActions(id)).toEqual(['competitor.create', 'competitor.compliance_confirm', 'competitor.game_platform.onboard']);

    const again = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect(again.statusCode).toBe(409);
    expect(again.body.detail).toMatch(/already on the Game Platform/);
    const emailChange = await h.request(coach.token, 'PATCH', `/competitors/${id}`, { email: 'other@students.example.test' });
    expect(emailChange.statusCode).toBe(409);
  });

  it('answers 409 saying what is missing before compliance', async () => {
    const id = (await h.request(coach.token, 'POST', '/competitors', { firstName: 'No', lastName: 'Email', division: 'college' })).body.id;
    const incomplete = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.body.detail).toMatch(/missing: email, school id/);
    await h.request(coach.token, 'PATCH', `/competitors/${id}`, { email: 'no.email@students.example.test', schoolId: 's' });
    const unconfirmed = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.body.detail).toMatch(/Compliance has not been confirmed/);
    expect((await h.request(coach.token, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'not_started', jobId: null });
    const reset = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform/password-reset`);
    expect(reset.statusCode).toBe(409);
    expect(reset.body.detail).toMatch(/not on the Game Platform yet/);
  });

  it('returns the same job while one is pending and creates one remote user', async () => {
    const id = await compliantCompetitor(h, coach);
    const queue = h.jobs.queue(QueueName.Competitors);
    const createCallsBefore = await h.sim.control.count('POST /users');
    await queue.pause();
    let jobIds: string[];
    try {
      const responses = [];
      for (let i = 0; i < 3; i += 1) responses.push(await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`));
      jobIds = responses.map((response) => response.body.jobId);
      expect(responses.map((response) => response.statusCode)).toEqual([202, 202, 202]);
      expect(new Set(jobIds).size).toBe(1);
      expect((await h.request(coach.token, 'GET', `/competitors/${id}/game-platform`)).body).toMatchObject({ state: 'pending', jobId: jobIds[0] });
    } finally {
      await queue.resume();
    }
    expect((await settledOnboarding(h, coach, id)).state).toBe('synced');
    expect(await h.sim.control.count('POST /users')).toBe(createCallsBefore + 1);
    expect((await h.sim.control.user(id)).syned_user_id).toBe(id);
    const audit = await h.prisma.auditLog.findMany({ where: { targetId: id, action: 'competitor.game_platform.onboard' } });
    expect(audit.map((row) => (row.payload as { alreadyPending: boolean }).alreadyPending)).toEqual([false, true, true]);
  });

  it('stores an actionable message when the email is taken on the platform, fails without retries, then retries and clears', async () => {
    const takenEmail = seededUserProfiles(1)[0].email;
    const id = await compliantCompetitor(h, coach, { email: takenEmail });
    const accepted = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    const failed = await settledOnboarding(h, coach, id);
    expect(failed).toMatchObject({
      state: 'error',
      attempts: 1,
      message: "The email is already registered on the Game Platform by another account: change the competitor's email or contact support",
    });
    const job = await h.jobs.queue(QueueName.Competitors).getJob(accepted.body.jobId);
    expect(await job!.getState()).toBe('failed');
    expect(job!.attemptsMade).toBe(1);
    expect((await h.request(coach.token, 'GET', '/competitors?hasSyncError=true')).body.items.map((c: { id: string }) => c.id)).toContain(id);

    // retry with the same data fails the same way; clearing removes the message
    const retried = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform/retry`);
    expect(retried.statusCode).toBe(202);
    expect(retried.body.jobId).not.toBe(accepted.body.jobId);
    expect((await settledOnboarding(h, coach, id)).state).toBe('error');
    const cleared = await h.request(coach.token, 'DELETE', `/competitors/${id}/game-platform/error`);
    expect(cleared.body).toMatchObject({ state: 'not_started', message: 'Ready to be added to the Game Platform' });
    const nothingToRetry = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform/retry`);
    expect(nothingToRetry.statusCode).toBe(409);

    // fixing the email and onboarding again succeeds
    await h.request(coach.token, 'PATCH', `/competitors/${id}`, { email: 'fixed.address@students.example.test' });
    await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect((await settledOnboarding(h, coach, id)).state).toBe('synced');
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
    const id = await compliantCompetitor(h, coach);
    await h.sim.control.setFaults({ errorRate: 1, errorStatus: 502, paths: ['/users'] });
    const accepted = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    const job = await h.jobs.queue(QueueName.Competitors).getJob(accepted.body.jobId);
    await waitFor(() => job!.getState(), { until: (state) => state === 'delayed', description: 'the failed onboarding job to be delayed for a retry' });
    try {
      const retrying = (await h.request(coach.token, 'GET', `/competitors/${id}/game-platform`)).body;
      expect(retrying).toMatchObject({ state: 'pending', attempts: 1, jobId: accepted.body.jobId });
      expect(retrying.message).toMatch(
        /^Retrying automatically after a failed attempt: The Game Platform is unavailable right now \(unavailable, attempt 1 of 5\)/,
      );
    } finally {
      await h.sim.control.clearFaults();
    }
    await job!.promote();
    expect(await settledOnboarding(h, coach, id)).toMatchObject({ state: 'synced', attempts: 2, jobId: accepted.body.jobId });
    expect((await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).gamePlatformSyncError).toBeNull();
  });

  it('bulk-retries failed onboardings: coaches their own, admins everyone or one coach', async () => {
    const other = await registeredCoach(h, admin);
    const mine = await compliantCompetitor(h, coach, { email: seededUserProfiles(2)[1].email });
    const theirs = await compliantCompetitor(h, other, { email: seededUserProfiles(2)[0].email });
    await h.request(coach.token, 'POST', `/competitors/${mine}/game-platform`);
    await h.request(other.token, 'POST', `/competitors/${theirs}/game-platform`);
    expect((await settledOnboarding(h, coach, mine)).state).toBe('error');
    expect((await settledOnboarding(h, other, theirs)).state).toBe('error');

    const hijack = await h.request(coach.token, 'POST', '/competitors/game-platform/retry-failed', { coachId: other.id });
    expect(hijack.statusCode).toBe(400);
    const own = await h.request(coach.token, 'POST', '/competitors/game-platform/retry-failed', { all: true });
    expect(own.statusCode).toBe(202);
    expect(own.body.enqueued.map((entry: { competitorId: string }) => entry.competitorId)).toEqual([mine]);
    await settledOnboarding(h, coach, mine);

    const byAdmin = await h.request(admin.token, 'POST', '/competitors/game-platform/retry-failed', { coachId: other.id });
    expect(byAdmin.body.enqueued.map((entry: { competitorId: string }) => entry.competitorId)).toEqual([theirs]);
    await settledOnboarding(h, other, theirs);
    const everyone = await h.request(admin.token, 'POST', '/competitors/game-platform/retry-failed', { all: true });
    expect(everyone.body.enqueued.map((entry: { competitorId: string }) => entry.competitorId).sort()).toEqual([mine, theirs].sort());
    expect(await h.prisma.auditLog.count({ where: { action: 'competitor.game_platform.bulk_retry' } })).toBe(4);
  });

  it('sends a password reset through the worker to the platform', async () => {
    const id = await compliantCompetitor(h, coach);
    await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect((await settledOnboarding(h, coach, id)).state).toBe('synced');
    const before = await h.sim.control.count('POST /auth/send_password_reset_email', 200);
    const accepted = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform/password-reset`);
    expect(accepted.statusCode).toBe(202);
    const job = await h.jobs.queue(QueueName.Competitors).getJob(accepted.body.jobId);
    await waitFor(() => job!.isCompleted(), { description: 'the password reset job to complete' });
    expect(await h.sim.control.count('POST /auth/send_password_reset_email', 200)).toBe(before + 1);
    expect(await auditActions(id)).toContain('competitor.game_platform.password_reset');
  });
});
