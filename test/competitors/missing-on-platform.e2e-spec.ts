import { IncrementalSyncService, MISSING_AFTER_NOT_FOUND } from '@app/game-platform';
import { ageSyncState, jobId } from '../sync/sync-fixtures';
import { Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach, compliantCompetitor, settledOnboarding } from './competitor-fixtures';
import { waitFor } from '../support/wait-for';

describe('a competitor whose platform account is gone (missing on the platform)', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let admin: Caller;
  let coach: Caller;
  let id: string;

  beforeAll(async () => {
    h = await testStack('missing-on-platform', { simulator: { users: 0 }, api: true, worker: true });
    admin = await h.caller('admin');
    coach = await registeredCoach(h, admin);
    id = await compliantCompetitor(h, coach);
    await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
    expect(await settledOnboarding(h, coach, id)).toMatchObject({ state: 'synced' });
  });

  afterAll(async () => {
    await h?.close();
  });

  const sync = () => h.worker.get(IncrementalSyncService).run({}, jobId());
  const view = async () => (await h.request(coach.token, 'GET', `/competitors/${id}`)).body;

  it('after repeated 404s is shown as missing on the competitor and in the admin error list, with its solves kept', async () => {
    await h.sim.control.addSolves(id, 3);
    await sync();
    expect(await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId: id } })).toBe(3);
    expect((await view()).gamePlatform).toMatchObject({ accountState: 'linked', missingSince: null });

    await h.sim.control.deleteUser(id);
    for (let i = 0; i < MISSING_AFTER_NOT_FOUND; i++) {
      await ageSyncState(h.prisma, 24);
      await sync();
    }
    expect((await view()).gamePlatform).toMatchObject({ id, accountState: 'missing_on_platform', missingSince: expect.any(String) });
    const errors = await h.request(admin.token, 'GET', '/admin/sync/errors');
    expect(errors.body).toEqual([
      expect.objectContaining({
        competitorId: id,
        state: 'missing_on_platform',
        missingSince: expect.any(String),
        errorMessage: expect.stringContaining('not_found'),
      }),
    ]);
    expect((await h.request(admin.token, 'GET', '/admin/sync/pending')).body).toMatchObject({ missingOnPlatform: 1 });
    expect(await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId: id } })).toBe(3);
  });

  it('an admin re-links it by re-onboarding: the account is created again under the same platform id', async () => {
    expect((await h.request(coach.token, 'POST', `/competitors/${id}/game-platform/relink`)).statusCode).toBe(403);
    const accepted = await h.request(admin.token, 'POST', `/competitors/${id}/game-platform/relink`);
    expect(accepted.statusCode).toBe(202);
    expect(await settledOnboarding(h, admin, id)).toMatchObject({ state: 'synced', gamePlatformId: id });
    // The competitor keeps its platform id, so its state reads "synced" before the job ran: wait for the job.
    const relinked = await waitFor(async () => (await h.prisma.gamePlatformSyncState.findUnique({ where: { synedUserId: id } }))?.missingSince === null, {
      description: 'the competitor to be linked again',
    });
    expect(relinked).toBe(true);
    expect(await h.sim.control.user(id)).toMatchObject({ syned_user_id: id, role: 'user' });
    expect((await view()).gamePlatform).toMatchObject({ id, accountState: 'linked', missingSince: null });
    expect(await h.prisma.gamePlatformSyncState.findUniqueOrThrow({ where: { synedUserId: id } })).toMatchObject({
      notFoundCount: 0,
      missingSince: null,
      lastAttemptAt: null,
    });
    expect(await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId: id } })).toBe(3);
    const actions = await h.prisma.auditLog.findMany({ where: { targetId: id, action: 'competitor.game_platform.relink' } });
    expect(actions).toHaveLength(1);

    const again = await h.request(admin.token, 'POST', `/competitors/${id}/game-platform/relink`);
    expect(again.statusCode).toBe(409);
    expect(again.body.detail).toMatch(/not missing/);
    // The next sync reads it at once, as a fresh account.
    const report = await sync();
    expect(report.errors).toBe(0);
    expect(report.total).toBe(1);
  });
});
