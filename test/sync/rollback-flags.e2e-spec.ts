import { addCompetitors, ageSyncState, incrementalSync, jobId, syncCoach, SyncStack } from './sync-fixtures';
import { testStack } from '../support/stack';

/** Seed 002 §20.4: each phase of the batched sync can be rolled back with a flag. */
describe('GAME_PLATFORM_BATCH_SYNC_ENABLED=false: every run syncs every competitor', () => {
  let h: SyncStack;
  let coachId: string;

  beforeAll(async () => {
    h = await testStack('sync-no-batching', {
      simulator: { users: 12, seed: 5 },
      worker: true,
      env: { GAME_PLATFORM_SYNC_BATCH_SIZE: '5', GAME_PLATFORM_BATCH_SYNC_ENABLED: 'false' },
    });
    coachId = await syncCoach(h.prisma);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('one run covers all 12 competitors (no rotation), and so does the next one at once', async () => {
    await addCompetitors(
      h.prisma,
      coachId,
      Array.from({ length: 12 }, (_, i) => i),
    );
    const first = await incrementalSync(h).run({}, jobId());
    expect(first).toMatchObject({ total: 12, cycleId: null, batchNumber: 0 });
    const second = await incrementalSync(h).run({}, jobId());
    expect(second).toMatchObject({ total: 12, cycleId: null });
    const attempted = await h.prisma.gamePlatformSyncState.count({ where: { lastResult: 'success' } });
    expect(attempted).toBe(12);
  });
});

describe('GAME_PLATFORM_PRIORITIZATION_ENABLED=false: no tiers, everyone is due every high-tier interval', () => {
  let h: SyncStack;
  let coachId: string;

  beforeAll(async () => {
    h = await testStack('sync-no-tiers', {
      simulator: { users: 12, seed: 6 },
      worker: true,
      env: { GAME_PLATFORM_SYNC_BATCH_SIZE: '20', GAME_PLATFORM_PRIORITIZATION_ENABLED: 'false' },
    });
    coachId = await syncCoach(h.prisma);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('an hour later the low and medium tier competitors are due again too', async () => {
    await addCompetitors(
      h.prisma,
      coachId,
      Array.from({ length: 12 }, (_, i) => i),
    );
    expect((await incrementalSync(h).run({}, jobId())).total).toBe(12);
    await h.prisma.gamePlatformSyncState.updateMany({ data: { activityTier: 'low' } });
    await ageSyncState(h.prisma, 1);
    // With tiers a low-tier competitor is due every 8 h; without, every 30 min like everyone.
    expect((await incrementalSync(h).run({}, jobId())).total).toBe(12);
  });
});
