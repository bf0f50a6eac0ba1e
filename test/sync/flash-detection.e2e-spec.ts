import { FlashSentinelCandidates } from '@app/game-platform';
import { detection, runBatches, simulatorTruth, storedProgress } from './flash-truth';
import { addCompetitors, ageSyncState, incrementalSync, jobId, syncCoach, SyncStack } from './sync-fixtures';
import { testStack } from '../support/stack';

const BATCH = 5;

/**
 * A harness for the describe block: competitors 0..users-1 on the platform, the simulator switched to
 * `visibility`. Read `scenario.h` and `scenario.ids` inside the tests.
 */
function useScenario(label: string, users: number, seed: number, options: { env?: Record<string, string>; visibility?: 'participants' } = {}) {
  const scenario = {} as { h: SyncStack; ids: string[] };
  beforeAll(async () => {
    const env = { GAME_PLATFORM_SYNC_BATCH_SIZE: String(BATCH), GAME_PLATFORM_FLASH_FULL_SYNC_DAYS: '7', ...options.env };
    scenario.h = await testStack(label, { simulator: { users, seed }, worker: true, env });
    const competitors = await addCompetitors(
      scenario.h.prisma,
      await syncCoach(scenario.h.prisma),
      Array.from({ length: users }, (_, i) => i),
    );
    scenario.ids = competitors.map((c) => c.synedUserId);
    if (options.visibility) await scenario.h.sim.control.setBehaviour({ flashCtfVisibility: options.visibility });
  });
  afterAll(async () => {
    await scenario.h?.close();
  });
  return scenario;
}

const rotation = (n: number) => Math.ceil(n / BATCH);

/** Competitors the next sentinel check would not read, even on failover. */
async function notSentinels(h: SyncStack, ids: string[], count: number): Promise<string[]> {
  const candidates = new Set((await h.worker.get(FlashSentinelCandidates).choose(3)).map((c) => c.synedUserId));
  return ids.filter((id) => !candidates.has(id)).slice(-count);
}

describe('Flash CTF detection: a deleted sentinel', () => {
  const scenario = useScenario('flash-deleted-sentinel', 20, 11);

  it('fails over to the next candidate, reads every other competitor within one rotation, and marks the account missing', async () => {
    const { h, ids } = scenario;
    const baseline = await runBatches(h, rotation(ids.length));
    expect(await storedProgress(h.prisma, ids)).toEqual(await simulatorTruth(h.sim, ids));

    // The top sentinel (latest participant) loses its platform account; two new events arrive.
    expect(detection(baseline[0]).sentinels.map((s) => s.role)).toEqual(['rotation', 'rotation', 'rotation']);
    const [top] = await h.worker.get(FlashSentinelCandidates).choose(3);
    expect(top.role).toBe('latest_participant');
    const sentinel = top.synedUserId;
    const keptSolves = await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId: sentinel } });
    const keptFlash = (await storedProgress(h.prisma, [sentinel]))[sentinel];
    expect(keptSolves).toBeGreaterThan(0);
    await h.sim.control.deleteUser(sentinel);
    const { nowUnix } = await h.sim.control.clock();
    const players = ids.filter((id) => id !== sentinel).slice(4, 9);
    await h.sim.control.addFlashEvent({
      eventId: 'flash-e1',
      name: 'Flash E1',
      startedAtUnix: nowUnix - 60,
      progress: players.map((id, i) => ({ synedUserId: id, challengesSolved: i + 1, score: 100 * (i + 1), rank: 5 - i })),
    });
    await h.sim.control.addFlashEvent({
      name: 'Flash E2 (no event_id)',
      startedAtUnix: nowUnix - 30,
      progress: [{ synedUserId: players[0], challengesSolved: 2, score: 150, rank: 1 }],
    });

    const reports = await runBatches(h, rotation(ids.length));
    const first = detection(reports[0]);
    expect(first.sentinels[0]).toMatchObject({ synedUserId: sentinel, role: 'latest_participant', outcome: 'not_found' });
    expect(first.sentinels.filter((s) => s.outcome === 'ok')).toHaveLength(3);
    expect(first.sentinels.at(-1)).toMatchObject({ role: 'failover', outcome: 'ok' });
    expect(reports[0].flash.newEventIds).toEqual(expect.arrayContaining(['flash-e1', expect.stringMatching(/^derived-/)]));

    const readable = ids.filter((id) => id !== sentinel);
    expect(await storedProgress(h.prisma, readable)).toEqual(await simulatorTruth(h.sim, readable));
    // The unreadable competitor does not hold the window open: it is counted apart.
    const windows = await h.prisma.gamePlatformFlashSyncWindow.findMany({ where: { eventIds: { has: 'flash-e1' } } });
    expect(windows).toEqual([expect.objectContaining({ unreadableCount: 1 })]);
    expect(windows[0].expiresAt.getTime()).toBeLessThanOrEqual(Date.now());

    // Further 404s: missing on the platform, never a sentinel again, stored data kept.
    const later = await runBatches(h, 2 * rotation(ids.length));
    for (const report of later) expect(detection(report).sentinels.map((s) => s.synedUserId)).not.toContain(sentinel);
    const state = await h.prisma.gamePlatformSyncState.findUniqueOrThrow({ where: { synedUserId: sentinel } });
    expect(state.missingSince).not.toBeNull();
    expect(state.notFoundCount).toBeGreaterThanOrEqual(3);
    expect(await h.prisma.gamePlatformChallengeSolve.count({ where: { synedUserId: sentinel } })).toBe(keptSolves);
    expect((await storedProgress(h.prisma, [sentinel]))[sentinel]).toEqual(keptFlash);
  });

  it('retries a competitor missing on the platform with backoff, not every cycle', async () => {
    const { h, ids } = scenario;
    const { synedUserId } = await h.prisma.gamePlatformSyncState.findFirstOrThrow({ where: { missingSince: { not: null } } });
    const notFound = async () => (await h.prisma.gamePlatformSyncState.findUniqueOrThrow({ where: { synedUserId } })).notFoundCount;
    const before = await notFound();
    // Everyone high tier, last attempted 45 min ago: due again after 30 min, the missing one not before 60.
    await h.prisma.$executeRaw`UPDATE game_platform_sync_state SET activity_tier = 'high', last_attempt_at = now() - interval '45 minutes'`;
    await h.prisma.$executeRaw`UPDATE game_platform_sync_runs SET started_at = started_at - interval '1 day'`;
    let visited = 0;
    for (let report = await incrementalSync(h).run({}, jobId()); report.total > 0; report = await incrementalSync(h).run({}, jobId())) visited += report.total;
    expect(visited).toBe(ids.length - 1);
    expect(await notFound()).toBe(before);
    // A day later it is retried (and still answers 404).
    await ageSyncState(h.prisma, 24);
    await runBatches(h, rotation(ids.length));
    expect(await notFound()).toBe(before + 1);
  });
});

describe('Flash CTF detection: events visible only to the users who played them', () => {
  const scenario = useScenario('flash-invisible', 20, 12, { visibility: 'participants' });

  it('every competitor matches the simulator within the safety-net period, with the reads spread over it', async () => {
    const { h, ids } = scenario;
    await runBatches(h, 2 * rotation(ids.length));
    expect(await storedProgress(h.prisma, ids)).toEqual(await simulatorTruth(h.sim, ids));

    const players = await notSentinels(h, ids, 2);
    expect(players).toHaveLength(2);
    const { nowUnix } = await h.sim.control.clock();
    await h.sim.control.addFlashEvent({
      eventId: 'flash-hidden',
      name: 'Flash hidden',
      startedAtUnix: nowUnix - 60,
      progress: players.map((id) => ({ synedUserId: id, challengesSolved: 3, score: 300 })),
    });

    // Each rotation is a day (runBatches lets one pass after each cycle).
    const safetyNetPerDay: number[] = [];
    let detectedOnDay: number | null = null;
    for (let day = 1; day <= 7 && detectedOnDay === null; day++) {
      const reports = await runBatches(h, rotation(ids.length));
      safetyNetPerDay.push(reports.reduce((sum, r) => sum + detection(r).plannedReads.safety_net, 0));
      if (reports.some((r) => r.flash.newEventIds.includes('flash-hidden'))) detectedOnDay = day;
    }
    expect(detectedOnDay).not.toBeNull();
    // Once any read shows the event, everyone gets a read within one rotation.
    await runBatches(h, rotation(ids.length));
    expect(await storedProgress(h.prisma, ids)).toEqual(await simulatorTruth(h.sim, ids));
    // The safety net reads a share of the competitors per day, never everyone at once.
    for (const reads of safetyNetPerDay) expect(reads).toBeLessThan(ids.length / 2);
  });
});

describe('Flash CTF detection: windows that cannot hide each other, events with and without event_id', () => {
  const scenario = useScenario('flash-windows', 15, 13);

  it('gives each detected event every readable competitor within one rotation of its own detection', async () => {
    const { h, ids } = scenario;
    await runBatches(h, rotation(ids.length));
    const unreadable = ids[14];
    await h.sim.control.deleteUser(unreadable);
    const players = ids.slice(3, 8);
    const progress = (base: number) => players.map((id, i) => ({ synedUserId: id, challengesSolved: i + 1, score: base + i, rank: i + 1 }));

    let { nowUnix } = await h.sim.control.clock();
    await h.sim.control.addFlashEvent({ eventId: 'flash-a', name: 'Flash A', startedAtUnix: nowUnix - 60, progress: progress(100) });
    const [withA] = await runBatches(h, 1);
    expect(withA.flash.newEventIds).toEqual(['flash-a']);

    ({ nowUnix } = await h.sim.control.clock());
    await h.sim.control.addFlashEvent({ name: 'Flash B (no event_id)', startedAtUnix: nowUnix - 30, progress: progress(200) });
    await h.sim.control.addFlashEvent({ eventId: null, name: 'Flash C (event_id null)', startedAtUnix: nowUnix - 20, progress: progress(300) });
    const [withB, ...rest] = await runBatches(h, rotation(ids.length));
    expect(withB.flash.newEventIds).toHaveLength(2);
    expect(withB.flash.newEventIds.every((id) => id.startsWith('derived-'))).toBe(true);

    const readable = ids.filter((id) => id !== unreadable);
    expect(await storedProgress(h.prisma, readable)).toEqual(await simulatorTruth(h.sim, readable));
    const windows = (await h.prisma.gamePlatformFlashSyncWindow.findMany({ orderBy: { openedAt: 'asc' } })).slice(1);
    expect(windows).toHaveLength(2);
    for (const window of windows) {
      expect(window.unreadableCount).toBe(1);
      expect(window.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    const last = detection(rest.at(-1)!);
    expect(last.windows.every((w) => w.closed)).toBe(true);
  });
});

describe('Flash CTF detection: a month boundary', () => {
  // A safety-net period far longer than the test, so only the month boundary explains the reads.
  const scenario = useScenario('flash-month', 15, 14, { env: { GAME_PLATFORM_FLASH_FULL_SYNC_DAYS: '60' }, visibility: 'participants' });

  it('reads everyone in the first rotation after the month begins, so an event no sentinel sees arrives too', async () => {
    const { h, ids } = scenario;
    await runBatches(h, 2 * rotation(ids.length));
    // The vendor's clock enters the next month, where the monthly event starts; on our side the last
    // reads now lie before the month's start.
    const { nowUnix } = await h.sim.control.clock();
    const now = new Date(nowUnix * 1000);
    const nextMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) / 1000;
    await h.sim.control.setClock(nextMonth + 3600);
    const { key } = await h.sim.control.addFlashEvent({ eventId: 'flash-month', name: 'Flash of the month', startedAtUnix: nextMonth + 600 });
    await h.prisma.$executeRaw`UPDATE game_platform_flash_sync_windows SET opened_at = date_trunc('month', now()) - interval '1 hour'`;
    await h.prisma.$executeRaw`UPDATE game_platform_sync_state SET last_flash_ctf_synced_at = date_trunc('month', now()) - interval '1 minute'`;
    const players = await notSentinels(h, ids, 2);
    for (const id of players) await h.sim.control.setFlashProgress(key, { synedUserId: id, challengesSolved: 1, score: 50 });

    const reports = await runBatches(h, rotation(ids.length));
    expect(reports[0].flash.newEventIds).not.toContain('flash-month');
    // Everyone not read by this run's sentinels is read for the month boundary, in this one rotation.
    expect(detection(reports[0]).plannedReads).toMatchObject({ detection: 0, first: 0 });
    expect(reports.reduce((sum, r) => sum + detection(r).plannedReads.month, 0)).toBeGreaterThanOrEqual(ids.length - 2 * 3);
    expect(await storedProgress(h.prisma, ids)).toEqual(await simulatorTruth(h.sim, ids));
  });
});
