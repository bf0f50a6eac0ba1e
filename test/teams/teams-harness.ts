import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { ControlRoster, simulatedUserId, SimulatorControlError, SimulatorHandle, startSimulator } from '../../apps/game-platform-sim/src';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { syncEnv } from '../sync/sync-harness';
import { injectChecked } from '../support/contract';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export interface Coach {
  id: string;
  token: string;
}

/** API + worker + simulator in one process, with real PostgreSQL and Redis of this file's own. */
export interface TeamsHarness {
  env: TestEnvironment;
  sim: SimulatorHandle;
  api: NestFastifyApplication;
  worker: NestFastifyApplication;
  prisma: PrismaService;
  adminToken: string;
  call<T = Record<string, unknown>>(method: Method, url: string, token?: string, payload?: object): Promise<ApiAnswer<T>>;
  coach(label: string): Promise<Coach>;
  /** Local competitors of `coachId`; `onPlatform` ones are seeded simulator users (index-based). */
  competitor(coachId: string, index: number, onPlatform?: boolean): Promise<{ id: string; synedUserId: string | null }>;
  /** Sorted syned_user_ids the simulator has on the team, or null when it does not know the team. */
  remoteRoster(synedTeamId: string): Promise<string[] | null>;
  close(): Promise<void>;
}

export async function useTeamsHarness(label: string, extraEnv: Record<string, string> = {}): Promise<TeamsHarness> {
  const sim = await startSimulator({ users: 40, seed: 7 });
  const env = await useTestEnvironment(label, syncEnv(sim, { GAME_PLATFORM_MAX_ATTEMPTS: '1', ...extraEnv }));
  const api = await createApiApp();
  await api.init();
  const worker = await createWorkerApp();
  await worker.init();
  const prisma = api.get(PrismaService);
  const adminToken = await mintToken(TEST_JWT_SECRET, { sub: 'admin-1', role: 'admin' });

  return {
    env,
    sim,
    api,
    worker,
    prisma,
    adminToken,
    async call<T>(method: Method, url: string, token?: string, payload?: object) {
      const response = await injectChecked(api, {
        method,
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(payload ? { payload } : {}),
      });
      return { status: response.statusCode, body: (response.body ? response.json() : {}) as T };
    },
    async coach(name: string) {
      const row = await prisma.coach.create({ data: { email: `${name}-${label}@example.test`, firstName: name, lastName: 'Coach' } });
      return { id: row.id, token: await mintToken(TEST_JWT_SECRET, { sub: row.id, role: 'coach' }) };
    },
    async competitor(coachId: string, index: number, onPlatform = true) {
      const synedUserId = onPlatform ? simulatedUserId(index) : null;
      const row = await prisma.competitor.create({
        data: {
          coachId,
          firstName: `First${index}`,
          lastName: `Last${index}`,
          email: `student-${index}-${label}@example.test`,
          status: onPlatform ? 'complete' : 'compliance',
          gamePlatformId: synedUserId,
        },
      });
      return { id: row.id, synedUserId };
    },
    async remoteRoster(synedTeamId: string) {
      let roster: ControlRoster;
      try {
        roster = await sim.control.team(synedTeamId);
      } catch (error) {
        if (error instanceof SimulatorControlError && error.status === 404) return null;
        throw error;
      }
      return roster.members.map((member) => member.syned_user_id).sort();
    },
    async close() {
      await api.get(JobQueueService).queue(QueueName.Teams).pause();
      await worker.close();
      await api.close();
      await sim.close();
      await env.teardown();
    },
  };
}

/** Polls until `check` returns true; the time it took, or a failure naming `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000, pollMs = 50): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
