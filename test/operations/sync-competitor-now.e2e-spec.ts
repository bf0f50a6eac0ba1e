import { simulatedUserId } from '../../apps/game-platform-sim/src';
import { Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach, compliantCompetitor } from '../competitors/competitor-fixtures';
import { waitFor } from '../support/wait-for';

describe('sync one competitor now', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let admin: Caller;
  let coach: Caller;
  let competitorId: string;
  const synedUserId = simulatedUserId(0);

  const lastSync = async (who: Caller, after: string | null) =>
    waitFor(
      async () => {
        const view = (await h.request(who.token, 'GET', `/competitors/${competitorId}`)).body;
        const last = view.gamePlatform.scoreSync as { state: string; lastAttemptAt: string | null; message: string | null };
        return last.lastAttemptAt !== null && last.lastAttemptAt !== after && last;
      },
      { description: 'a new score sync attempt of the competitor' },
    );

  beforeAll(async () => {
    h = await testStack('sync-now', {
      simulator: { users: 2, seed: 12 },
      api: true,
      worker: true,
      env: { VENDOR_ACTION_RATE_LIMIT: '3', VENDOR_ACTION_RATE_WINDOW_SECONDS: '60' },
    });
    admin = await h.caller('admin');
    coach = await registeredCoach(h, admin);
    competitorId = await compliantCompetitor(h, coach);
    await h.prisma.competitor.update({ where: { id: competitorId }, data: { gamePlatformId: synedUserId, status: 'complete' } });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a coach syncs their competitor: new solves are stored and the result shows on the competitor', async () => {
    expect(await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId } })).toBe(0);
    await h.sim.control.addSolves(synedUserId, 3);
    const accepted = await h.request(coach.token, 'POST', `/competitors/${competitorId}/game-platform/sync`);
    expect(accepted.statusCode).toBe(202);
    expect(accepted.body).toMatchObject({ jobId: expect.any(String), state: 'pending' });
    expect(await lastSync(coach, null)).toMatchObject({ state: 'success', message: null });
    // Every solve the platform has for the user, the 3 just added included.
    expect(await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId } })).toBe((await h.sim.control.solves(synedUserId)).length);
    expect(await h.prisma.auditLog.count({ where: { action: 'competitor.game_platform.sync_now', targetId: competitorId } })).toBe(1);
  });

  it('a failed read shows as a failure with its reason; an admin may ask too', async () => {
    const previous = (await h.request(coach.token, 'GET', `/competitors/${competitorId}`)).body.gamePlatform.scoreSync.lastAttemptAt as string;
    await h.sim.control.deleteUser(synedUserId);
    expect((await h.request(admin.token, 'POST', `/competitors/${competitorId}/game-platform/sync`)).statusCode).toBe(202);
    expect(await lastSync(admin, previous)).toMatchObject({ state: 'failure', message: expect.any(String) });
  });

  it('refuses other coaches (404), competitors not on the platform (409), bad ids (400), and rate-limits a coach (429)', async () => {
    const other = await registeredCoach(h, admin);
    expect((await h.request(other.token, 'POST', `/competitors/${competitorId}/game-platform/sync`)).statusCode).toBe(404);
    const notLinked = await compliantCompetitor(h, coach);
    const refused = await h.request(coach.token, 'POST', `/competitors/${notLinked}/game-platform/sync`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body.detail).toContain('not on the Game Platform yet');
    expect((await h.request(coach.token, 'POST', '/competitors/not-a-uuid/game-platform/sync')).statusCode).toBe(400);
    const limited = await h.request(coach.token, 'POST', `/competitors/${competitorId}/game-platform/sync`);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});
