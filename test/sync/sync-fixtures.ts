import { IncrementalSyncService, TotalsSweepService } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { simulatedUserId } from '../../apps/game-platform-sim/src';
import type { TestStack } from '../support/stack';

/** A worker against the simulator: what the sync tests drive. */
export type SyncStack = TestStack<'simulator' | 'worker'>;

export const incrementalSync = (stack: SyncStack) => stack.worker.get(IncrementalSyncService);
export const totalsSweep = (stack: SyncStack) => stack.worker.get(TotalsSweepService);

/** A coach to own the competitors of a sync test. */
export async function syncCoach(prisma: PrismaService): Promise<string> {
  return (await prisma.coach.create({ data: { email: 'coach-sync@example.test', firstName: 'Casey', lastName: 'Coach' } })).id;
}

/** Local competitors for simulator users `indexes` (platform accounts that already exist). */
export async function addCompetitors(prisma: PrismaService, coachId: string, indexes: number[]): Promise<{ id: string; synedUserId: string }[]> {
  const created = [];
  for (const index of indexes) {
    const synedUserId = simulatedUserId(index);
    const row = await prisma.competitor.create({
      data: {
        coachId,
        firstName: `First${index}`,
        lastName: `Last${index}`,
        email: `student-${index}-${coachId}@example.test`,
        status: 'complete',
        gamePlatformId: synedUserId,
      },
    });
    created.push({ id: row.id, synedUserId });
  }
  return created;
}

/** Time passes for the rotation: every competitor's last attempt moves `hours` into the past. */
export async function ageSyncState(prisma: PrismaService, hours: number): Promise<void> {
  await prisma.$executeRaw`UPDATE game_platform_sync_state SET last_attempt_at = last_attempt_at - ${hours}::int * interval '1 hour'`;
  await prisma.$executeRaw`UPDATE game_platform_sync_runs SET started_at = started_at - ${hours}::int * interval '1 hour'`;
}

/** Stored solve ids of one user, sorted. */
export async function storedSolveIds(prisma: PrismaService, synedUserId: string): Promise<number[]> {
  const rows = await prisma.gamePlatformChallengeSolve.findMany({
    where: { synedUserId },
    select: { challengeSolveId: true },
    orderBy: { challengeSolveId: 'asc' },
  });
  return rows.map((row) => row.challengeSolveId);
}

let jobCounter = 0;
export const jobId = (prefix = 'test') => `${prefix}-${process.pid}-${++jobCounter}`;
