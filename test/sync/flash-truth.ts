import { FlashCtfEventDto, flashEventId, FlashRunSummary, SyncRunReport } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { SimulatorHandle } from '../../apps/game-platform-sim/src';
import { ageSyncState, incrementalSync, jobId, SyncStack } from './sync-fixtures';

type Progress = Record<string, { challengesSolved: number; score: number; rank: number | null }>;

/** Each competitor's Flash CTF progress as the simulator answers it now, keyed by our event id. */
export async function simulatorTruth(sim: SimulatorHandle, synedUserIds: string[]): Promise<Record<string, Progress>> {
  const truth: Record<string, Progress> = {};
  for (const id of synedUserIds) {
    const answer = await sim.control.flashProgress(id);
    truth[id] = Object.fromEntries(
      answer.flash_ctfs.map((event) => [
        flashEventId(event as unknown as FlashCtfEventDto),
        { challengesSolved: event.challenges_solved as number, score: event.score as number, rank: (event.rank as number | null) ?? null },
      ]),
    );
  }
  return truth;
}

/** Each competitor's stored Flash CTF progress, in the same shape. */
export async function storedProgress(prisma: PrismaService, synedUserIds: string[]): Promise<Record<string, Progress>> {
  const rows = await prisma.gamePlatformFlashCtfEvent.findMany({ where: { synedUserId: { in: synedUserIds } } });
  const stored: Record<string, Progress> = Object.fromEntries(synedUserIds.map((id) => [id, {}]));
  for (const row of rows) stored[row.synedUserId][row.eventId] = { challengesSolved: row.challengesSolved, score: row.score, rank: row.rank };
  return stored;
}

/** Runs `count` batches of the rotation; after the last batch of a cycle a day passes, so everyone is due again. */
export async function runBatches(h: SyncStack, count: number): Promise<SyncRunReport[]> {
  const reports: SyncRunReport[] = [];
  while (reports.length < count) {
    const report = await incrementalSync(h).run({}, jobId());
    if (report.total === 0) throw new Error('nobody was due: the rotation helper lost track of the cycle');
    reports.push(report);
    if (report.batchNumber + 1 >= report.totalBatches) await aDayPasses(h);
  }
  return reports;
}

/**
 * A day passes on both sides: the simulator's clock moves on, and every time the sync stored moves
 * back by as much (attempts, runs, Flash CTF reads, windows, ingestion), so everyone is due again.
 */
export async function aDayPasses(h: SyncStack): Promise<void> {
  await h.sim.control.advanceClock(86_400);
  await ageSyncState(h.prisma, 24);
  await h.prisma.$executeRaw`UPDATE game_platform_sync_state SET last_flash_ctf_synced_at = last_flash_ctf_synced_at - interval '1 day'`;
  await h.prisma.$executeRaw`UPDATE game_platform_flash_sync_windows SET opened_at = opened_at - interval '1 day', expires_at = expires_at - interval '1 day'`;
  await h.prisma.$executeRaw`UPDATE game_platform_flash_ctf_events SET ingested_at = ingested_at - interval '1 day'`;
}

export function detection(report: SyncRunReport): FlashRunSummary {
  if (!report.flash.detection) throw new Error('the run reported no Flash CTF detection');
  return report.flash.detection;
}

export const plannedTotal = (reports: SyncRunReport[]) =>
  reports.reduce((sum, r) => sum + Object.values(detection(r).plannedReads).reduce((a, b) => a + b, 0), 0);
