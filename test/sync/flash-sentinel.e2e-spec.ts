import { addCompetitors, ageSyncState, incrementalSync, jobId, syncCoach, SyncStack } from './sync-fixtures';
import { testStack } from '../support/stack';

const FLASH = 'GET /scores/get_flash_ctf_progress';
/** GAME_PLATFORM_FLASH_SENTINELS default. */
const SENTINELS = 3;

describe('Flash CTF sentinels (seed §22, several sentinels)', () => {
  let h: SyncStack;
  let coachId: string;
  let competitors: { id: string; synedUserId: string }[];

  beforeAll(async () => {
    h = await testStack('sync-flash', { simulator: { users: 12, seed: 5 }, worker: true, env: { GAME_PLATFORM_SYNC_BATCH_SIZE: '5' } });
    coachId = await syncCoach(h.prisma);
    competitors = await addCompetitors(
      h.prisma,
      coachId,
      Array.from({ length: 12 }, (_, i) => i),
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Runs batches until the rotation cycle in progress is complete; returns the reports. */
  const fullCycle = async () => {
    await ageSyncState(h.prisma, 24);
    const reports = [];
    for (;;) {
      const report = await incrementalSync(h).run({}, jobId());
      if (report.total === 0 || (reports.length > 0 && report.cycleId !== reports[0].cycleId)) break;
      reports.push(report);
    }
    return reports;
  };

  it('first cycle: reads every competitor’s Flash CTF history once and stores events (derived ids when missing)', async () => {
    const reports = await fullCycle();
    expect(reports).toHaveLength(3);
    const events = await h.prisma.gamePlatformFlashCtfEvent.findMany();
    const ids = new Set(events.map((e) => e.eventId));
    expect([...ids].some((id) => id.startsWith('derived-'))).toBe(true);
    for (const c of competitors) expect(events.filter((e) => e.synedUserId === c.synedUserId)).toHaveLength(ids.size);
    expect(await h.prisma.gamePlatformFlashSyncWindow.count({ where: { expiresAt: { gt: new Date() } } })).toBe(0);
  });

  it('makes one flash call per sentinel per run when nothing is new', async () => {
    await ageSyncState(h.prisma, 24);
    await h.sim.control.resetCounters();
    const report = await incrementalSync(h).run({}, jobId());
    expect(report.total).toBe(5);
    expect(await h.sim.control.count(FLASH)).toBe(SENTINELS);
    expect(report.flash).toMatchObject({ newEventIds: [], windowOpen: false, competitorsFlashSynced: 0 });
    expect(report.flash.detection?.sentinels).toHaveLength(SENTINELS);
    expect(report.flash.detection?.sentinels.every((s) => s.outcome === 'ok')).toBe(true);
    const run = await h.prisma.gamePlatformSyncRun.findUniqueOrThrow({ where: { id: report.runId! } });
    expect(run.flashDetection).toMatchObject({ sentinels: report.flash.detection!.sentinels });
  });

  it('a new event (without event_id) opens a window that covers every competitor over the rotation, then closes', async () => {
    // Finish the cycle in progress first so the new event meets a fresh cycle.
    for (let r = await incrementalSync(h).run({}, jobId()); r.total > 0; r = await incrementalSync(h).run({}, jobId()));
    const { nowUnix } = await h.sim.control.clock();
    await h.sim.control.addFlashEvent({
      name: 'Flash CTF Special',
      startedAtUnix: nowUnix - 60,
      progress: [{ synedUserId: competitors[2].synedUserId, challengesSolved: 4, score: 400, rank: 1 }],
    });
    await h.sim.control.resetCounters();

    const reports = await fullCycle();
    expect(reports).toHaveLength(3);
    expect(reports[0].flash.newEventIds).toHaveLength(1);
    const newId = reports[0].flash.newEventIds[0];
    expect(newId).toMatch(/^derived-/);
    expect(reports[0].flash.windowOpen).toBe(true);
    expect(reports.slice(1).every((r) => r.flash.newEventIds.length === 0)).toBe(true);
    // Each run checks its sentinels; the batches read every competitor no sentinel covered, once.
    expect(reports.every((r) => r.flash.detection?.sentinels.length === SENTINELS)).toBe(true);
    expect(reports.reduce((sum, r) => sum + r.flash.competitorsFlashSynced, 0)).toBeLessThanOrEqual(competitors.length - SENTINELS);

    const stored = await h.prisma.gamePlatformFlashCtfEvent.findMany({ where: { eventId: newId } });
    expect(stored).toHaveLength(competitors.length);
    expect(stored.find((e) => e.synedUserId === competitors[2].synedUserId)).toMatchObject({ challengesSolved: 4, score: 400, rank: 1 });
    expect(await h.prisma.gamePlatformFlashSyncWindow.count({ where: { expiresAt: { gt: new Date() } } })).toBe(0);
    const runs = await h.prisma.gamePlatformSyncRun.findMany({ where: { id: { in: reports.map((r) => r.runId!) } } });
    expect(runs.some((r) => r.flashCtfSync)).toBe(true);

    await ageSyncState(h.prisma, 24);
    await h.sim.control.resetCounters();
    await incrementalSync(h).run({}, jobId());
    expect(await h.sim.control.count(FLASH)).toBe(SENTINELS);
  });
});
