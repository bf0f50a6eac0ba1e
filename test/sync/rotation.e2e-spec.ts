import { GamePlatformClient } from '@app/game-platform';
import { addCompetitors, ageSyncState, incrementalSync, jobId, syncCoach, SyncStack } from './sync-fixtures';
import { testStack } from '../support/stack';

describe('batch rotation (seed §20): keyset cursor in game_platform_sync_runs', () => {
  let h: SyncStack;
  let coachId: string;
  const visits = new Map<string, number>();

  beforeAll(async () => {
    h = await testStack('sync-rotation', { simulator: { users: 30, seed: 99 }, worker: true, env: { GAME_PLATFORM_SYNC_BATCH_SIZE: '5' } });
    coachId = await syncCoach(h.prisma);
    h.worker.get(GamePlatformClient).onCall((event) => {
      if (event.path === '/scores/get_odl_scores' && event.context.competitorId) {
        visits.set(event.context.competitorId, (visits.get(event.context.competitorId) ?? 0) + 1);
      }
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('22 competitors, batch size 5: five batches visit each competitor exactly once, then the cursor wraps', async () => {
    const competitors = await addCompetitors(
      h.prisma,
      coachId,
      Array.from({ length: 22 }, (_, i) => i),
    );
    const reports = [];
    for (let i = 0; i < 5; i++) reports.push(await incrementalSync(h).run({}, jobId()));
    expect(reports.map((r) => [r.batchNumber, r.totalBatches, r.total])).toEqual([
      [0, 5, 5],
      [1, 5, 5],
      [2, 5, 5],
      [3, 5, 5],
      [4, 5, 2],
    ]);
    expect(new Set(reports.map((r) => r.cycleId)).size).toBe(1);
    expect(competitors.map((c) => visits.get(c.id))).toEqual(competitors.map(() => 1));

    const runs = await h.prisma.gamePlatformSyncRun.findMany({ where: { kind: 'incremental' }, orderBy: { startedAt: 'asc' } });
    expect(runs.map((r) => [r.batchNumber, r.batchSize, r.totalBatches])).toEqual(reports.map((r) => [r.batchNumber, 5, 5]));

    // The cycle is complete and nobody is due again yet: the next run syncs nobody and opens no cycle.
    expect(await incrementalSync(h).run({}, jobId())).toMatchObject({ cycleId: null, batchNumber: 0, totalBatches: 0, total: 0 });
  });

  it('a full cycle visits everyone once while competitors are added and removed between batches', async () => {
    await ageSyncState(h.prisma, 24);
    visits.clear();
    const first = await incrementalSync(h).run({}, jobId());
    const second = await incrementalSync(h).run({}, jobId());
    expect([first.batchNumber, second.batchNumber]).toEqual([0, 1]);

    const all = await h.prisma.competitor.findMany({ select: { id: true } });
    const visited = all.filter((c) => visits.has(c.id)).map((c) => c.id);
    const unvisited = all.filter((c) => !visits.has(c.id)).map((c) => c.id);
    expect(visited).toHaveLength(10);
    const removed = [visited[0], unvisited[0], unvisited[1]];
    await h.prisma.competitor.deleteMany({ where: { id: { in: removed } } });
    const added = await addCompetitors(h.prisma, coachId, [22, 23, 24]);

    const reports = [];
    for (;;) {
      const report = await incrementalSync(h).run({}, jobId());
      if (report.cycleId !== first.cycleId) break;
      reports.push(report);
      expect(reports.length).toBeLessThan(10);
    }
    const remaining = await h.prisma.competitor.findMany({ select: { id: true } });
    expect(remaining).toHaveLength(22);
    for (const c of remaining) expect([c.id, visits.get(c.id)]).toEqual([c.id, 1]);
    expect(visits.has(unvisited[0])).toBe(false);
    expect(visits.has(unvisited[1])).toBe(false);
    expect(added.every((c) => visits.get(c.id) === 1)).toBe(true);
    // 12 left after two batches, minus 2 removed, plus 3 added: three more batches.
    expect(reports.map((r) => r.batchNumber)).toEqual([2, 3, 4]);
  });

  it('tiers: an hour later only high-tier competitors are due again', async () => {
    await ageSyncState(h.prisma, 1);
    // An hour later only high-tier competitors (due every 30 min) are due; medium (2 h) and low (8 h) are not.
    const tiers = await h.prisma.gamePlatformSyncState.groupBy({ by: ['activityTier'], _count: { _all: true } });
    const high = tiers.find((t) => t.activityTier === 'high')?._count._all ?? 0;
    visits.clear();
    let synced = 0;
    for (;;) {
      const report = await incrementalSync(h).run({}, jobId());
      synced += report.total;
      if (report.total < 5) break;
    }
    expect(synced).toBe(high);
    const lowOrMedium = await h.prisma.gamePlatformSyncState.findMany({ where: { activityTier: { not: 'high' } }, include: { competitor: true } });
    expect(lowOrMedium.length).toBeGreaterThan(0);
    expect(lowOrMedium.some((s) => visits.has(s.competitor.id))).toBe(false);
  });
});
