import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IncrementalSyncService, TotalsSweepService } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { simulatedUserId, SimulatorHandle, SimulatorOptions, startSimulator } from '../../apps/game-platform-sim/src';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';

/** Far from any test run: the schedules exist but never fire while a test is running. */
const NEVER = '0 0 1 1 *';

export interface SyncHarness {
  env: TestEnvironment;
  sim: SimulatorHandle;
  worker: NestFastifyApplication;
  prisma: PrismaService;
  coachId: string;
  sync: IncrementalSyncService;
  sweep: TotalsSweepService;
  close(): Promise<void>;
}

/** Environment of a worker talking to `sim`: fast retries, no limiter in the way, schedules parked. */
export function syncEnv(sim: SimulatorHandle, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GAME_PLATFORM_API_BASE_URL: sim.url,
    GAME_PLATFORM_API_TOKEN: sim.token,
    GAME_PLATFORM_TIMEOUT_MS: '2000',
    GAME_PLATFORM_RETRY_BASE_DELAY_MS: '10',
    GAME_PLATFORM_RETRY_MAX_DELAY_MS: '50',
    GAME_PLATFORM_RATE_LIMIT_RPS: '2000',
    GAME_PLATFORM_RATE_LIMIT_BURST: '2000',
    GAME_PLATFORM_BREAKER_THRESHOLD: '1000',
    GAME_PLATFORM_SYNC_CRON: NEVER,
    GAME_PLATFORM_TOTALS_SWEEP_CRON: NEVER,
    MAINTENANCE_CLEANUP_CRON: NEVER,
    ...extra,
  };
}

export async function useSyncHarness(label: string, simOptions: SimulatorOptions, extraEnv: Record<string, string> = {}): Promise<SyncHarness> {
  const sim = await startSimulator(simOptions);
  const env = await useTestEnvironment(label, syncEnv(sim, extraEnv));
  const worker = await createWorkerApp();
  await worker.init();
  const prisma = worker.get(PrismaService);
  const coach = await prisma.coach.create({ data: { email: `coach-${label}@example.test`, firstName: 'Casey', lastName: 'Coach' } });
  return {
    env,
    sim,
    worker,
    prisma,
    coachId: coach.id,
    sync: worker.get(IncrementalSyncService),
    sweep: worker.get(TotalsSweepService),
    async close() {
      await worker.close();
      await sim.close();
      await env.teardown();
    },
  };
}

/** Local competitors for simulator users `indexes` (platform accounts that already exist). */
export async function addCompetitors(prisma: PrismaService, coachId: string, indexes: number[]): Promise<{ id: string; synedUserId: string }[]> {
  const created = [];
  for (const index of indexes) {
    const synedUserId = simulatedUserId(index);
    const row = await prisma.competitor.create({
      data: { coachId, firstName: `First${index}`, lastName: `Last${index}`, email: `student-${index}-${coachId}@example.test`, status: 'complete', gamePlatformId: synedUserId },
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
  const rows = await prisma.gamePlatformChallengeSolve.findMany({ where: { synedUserId }, select: { challengeSolveId: true }, orderBy: { challengeSolveId: 'asc' } });
  return rows.map((row) => row.challengeSolveId);
}

let jobCounter = 0;
export const jobId = (prefix = 'test') => `${prefix}-${process.pid}-${++jobCounter}`;
