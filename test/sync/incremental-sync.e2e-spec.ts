import { randomUUID } from 'node:crypto';
import { GamePlatformClient } from '@app/game-platform';
import { simulatedUserId } from '../../apps/game-platform-sim/src';
import { addCompetitors, ageSyncState, incrementalSync, jobId, storedSolveIds, syncCoach, SyncStack, totalsSweep } from './sync-fixtures';
import { testStack } from '../support/stack';

describe('incremental ODL sync (simulator, PostgreSQL, Redis)', () => {
  let h: SyncStack;
  let coachId: string;
  let competitors: { id: string; synedUserId: string }[];

  beforeAll(async () => {
    h = await testStack('sync-incremental', { simulator: { users: 22, seed: 4242 }, worker: true });
    coachId = await syncCoach(h.prisma);
    competitors = await addCompetitors(
      h.prisma,
      coachId,
      Array.from({ length: 22 }, (_, i) => i),
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  const visibleSolveIds = async (synedUserId: string) => {
    const now = (await h.sim.control.clock()).nowUnix;
    return (await h.sim.control.solves(synedUserId))
      .filter((solve) => solve.visible_at_unix <= now)
      .map((solve) => solve.challenge_solve_id)
      .sort((a, b) => a - b);
  };

  const nextRun = async (options: { dryRun?: boolean } = {}) => {
    await ageSyncState(h.prisma, 24);
    return incrementalSync(h).run(options, jobId());
  };

  it('first run stores exactly the vendor solves of every competitor and flags them for totals', async () => {
    const report = await incrementalSync(h).run({}, jobId());
    const withSolves = [];
    for (const c of competitors) {
      const expected = await visibleSolveIds(c.synedUserId);
      expect(await storedSolveIds(h.prisma, c.synedUserId)).toEqual(expected);
      if (expected.length > 0) withSolves.push(c.synedUserId);
    }
    expect(report).toMatchObject({ status: 'succeeded', total: 22, synced: withSolves.length, skipped: 22 - withSolves.length, errors: 0 });
    const flagged = await h.prisma.gamePlatformSyncState.findMany({ where: { needsTotalsRefresh: true }, select: { synedUserId: true } });
    expect(flagged.map((f) => f.synedUserId).sort()).toEqual(withSolves.sort());
  });

  it('totals equal the vendor totals after a sweep, and the flags are cleared', async () => {
    const report = await totalsSweep(h).run({}, jobId('sweep'));
    expect(report.errors).toBe(0);
    const client = h.worker.get(GamePlatformClient);
    for (const c of competitors) {
      const vendor = await client.getOdlScores({ synedUserId: c.synedUserId });
      const stats = await h.prisma.gamePlatformStats.findUnique({ where: { competitorId: c.id } });
      if (vendor.challenge_solves.length === 0) continue;
      expect(stats).toMatchObject({
        challengesCompleted: vendor.challenges_completed,
        totalScore: vendor.total_score,
        monthlyCtfChallenges: vendor.monthly_ctf_challenges,
      });
    }
    expect(await h.prisma.gamePlatformSyncState.count({ where: { needsTotalsRefresh: true } })).toBe(0);
  });

  it('seed §21.4: no activity -> synced 0, skipped 22; one new solve -> synced 1, skipped 21', async () => {
    expect(await nextRun()).toMatchObject({ total: 22, synced: 0, skipped: 22, errors: 0, newSolves: 0 });

    const target = competitors[5];
    await h.sim.control.addSolves(target.synedUserId, 1);
    expect(await nextRun()).toMatchObject({ total: 22, synced: 1, skipped: 21, errors: 0, newSolves: 1 });

    const flagged = await h.prisma.gamePlatformSyncState.findMany({ where: { needsTotalsRefresh: true } });
    expect(flagged.map((f) => f.synedUserId)).toEqual([target.synedUserId]);
    const sweep = await totalsSweep(h).run({}, jobId('sweep'));
    expect(sweep).toMatchObject({ flagged: 1, refreshed: 1, errors: 0 });
    const run = await h.prisma.gamePlatformSyncRun.findFirstOrThrow({ where: { kind: 'incremental' }, orderBy: { startedAt: 'desc' } });
    expect(run).toMatchObject({ status: 'succeeded', competitorsProcessed: 22, competitorsWithNewData: 1, competitorsSkipped: 21, errorCount: 0 });
    expect(run.apiCallCount).toBeGreaterThanOrEqual(22);
  });

  it('keeps same-second and late-visible solves, and never duplicates over repeated runs', async () => {
    const user = competitors[0].synedUserId;
    const now = (await h.sim.control.clock()).nowUnix;
    // Two solves in the same second, plus one stamped earlier that the vendor only shows 3 minutes later.
    await h.sim.control.addSolves(user, [{ timestampUnix: now }, { timestampUnix: now }]);
    await h.sim.control.addSolves(user, [{ timestampUnix: now - 30, visibleAtUnix: now + 180 }]);
    expect(await nextRun()).toMatchObject({ synced: 1, newSolves: 2 });

    // Another solve in the cursor's own second, arriving after the run that set the cursor.
    await h.sim.control.addSolves(user, [{ timestampUnix: now }]);
    await h.sim.control.advanceClock(240);
    expect(await nextRun()).toMatchObject({ synced: 1, newSolves: 2 });

    const all = (await h.sim.control.solves(user)).map((s) => s.challenge_solve_id).sort((a, b) => a - b);
    expect(await storedSolveIds(h.prisma, user)).toEqual(all);

    const before = await h.prisma.gamePlatformChallengeSolve.count();
    for (let i = 0; i < 3; i++) expect(await nextRun()).toMatchObject({ synced: 0, skipped: 22, newSolves: 0 });
    expect(await h.prisma.gamePlatformChallengeSolve.count()).toBe(before);
  });

  it('dryRun reads the vendor and reports what would change without writing anything', async () => {
    const user = competitors[3].synedUserId;
    await h.sim.control.addSolves(user, 2);
    await ageSyncState(h.prisma, 24);
    const snapshot = async () => ({
      solves: await h.prisma.gamePlatformChallengeSolve.count(),
      state: await h.prisma.gamePlatformSyncState.findMany({ orderBy: { synedUserId: 'asc' } }),
      stats: await h.prisma.gamePlatformStats.findMany({ orderBy: { competitorId: 'asc' } }),
      events: await h.prisma.gamePlatformFlashCtfEvent.count(),
      windows: await h.prisma.gamePlatformFlashSyncWindow.findMany(),
      liveRuns: await h.prisma.gamePlatformSyncRun.findMany({ where: { dryRun: false }, orderBy: { startedAt: 'asc' } }),
    });
    const before = await snapshot();
    const report = await incrementalSync(h).run({ dryRun: true }, jobId('dry'));
    expect(report).toMatchObject({ dryRun: true, total: 22, synced: 1, skipped: 21, newSolves: 2 });
    expect(report.apiCalls).toBeGreaterThanOrEqual(22);
    expect(await snapshot()).toEqual(before);

    expect(await incrementalSync(h).run({}, jobId())).toMatchObject({ synced: 1, newSolves: 2 });
  });

  it('records a competitor the vendor does not know on that competitor, without failing the batch', async () => {
    const ghost = await h.prisma.competitor.create({
      data: { coachId: coachId, firstName: 'Ghost', lastName: 'User', status: 'complete', gamePlatformId: randomUUID() },
    });
    // A newcomer joins the rotation cycle in progress: the next batch is just them.
    expect(await nextRun()).toMatchObject({ status: 'succeeded', total: 1, errors: 1 });
    await h.sim.control.addSolves(simulatedUserId(7), 1);
    const report = await nextRun();
    expect(report).toMatchObject({ status: 'succeeded', total: 23, synced: 1, skipped: 21, errors: 1 });
    const state = await h.prisma.gamePlatformSyncState.findUniqueOrThrow({ where: { synedUserId: ghost.gamePlatformId! } });
    expect(state).toMatchObject({ lastResult: 'failure', lastOdlSyncedAt: null });
    expect(state.errorMessage).toMatch(/not_found/);
    const run = await h.prisma.gamePlatformSyncRun.findFirstOrThrow({ where: { id: report.runId! } });
    expect(run.errorCount).toBe(1);
    expect(run.errorDetails).toMatchObject({ failures: [{ competitorId: ghost.id }] });
    await h.prisma.competitor.delete({ where: { id: ghost.id } });
  });
});
