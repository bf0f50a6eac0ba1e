import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken, Role } from '../../apps/api/src/auth';
import { SimulatorHandle, SimulatorOptions, startSimulator } from '../../apps/game-platform-sim/src';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { syncEnv } from '../sync/sync-harness';
import { injectChecked } from '../support/contract';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Caller {
  id: string;
  token: string;
}

export interface CompetitorsHarness {
  env: TestEnvironment;
  sim: SimulatorHandle;
  api: NestFastifyApplication;
  worker?: NestFastifyApplication;
  prisma: PrismaService;
  admin: Caller;
  call(caller: Caller | null, method: Method, url: string, payload?: object): Promise<{ statusCode: number; body: any; headers: Record<string, unknown> }>;
  /** A registered coach with a token. */
  coach(): Promise<Caller>;
  /** A competitor of `coach` whose profile is whole and whose compliance is confirmed. */
  compliantCompetitor(coach: Caller, overrides?: Record<string, unknown>): Promise<string>;
  /** Polls the onboarding state until it leaves `pending`. */
  settledOnboarding(caller: Caller, competitorId: string): Promise<any>;
  close(): Promise<void>;
}

let sequence = 0;

/** API (and optionally the worker) against a simulator, with a database and Redis prefix of their own. */
export async function useCompetitorsHarness(
  label: string,
  options: { worker?: boolean; env?: Record<string, string>; sim?: SimulatorOptions } = {},
): Promise<CompetitorsHarness> {
  const sim = await startSimulator({ users: 0, ...options.sim });
  const env = await useTestEnvironment(label, syncEnv(sim, options.env));
  const api = await createApiApp();
  await api.init();
  const worker = options.worker ? await createWorkerApp() : undefined;
  await worker?.init();
  const prisma = api.get(PrismaService);
  const caller = async (id: string, role: Role): Promise<Caller> => ({ id, token: await mintToken(TEST_JWT_SECRET, { sub: id, role }) });
  const admin = await caller(randomUUID(), 'admin');

  const harness: CompetitorsHarness = {
    env,
    sim,
    api,
    worker,
    prisma,
    admin,
    async call(who, method, url, payload) {
      const response = await injectChecked(api, {
        method,
        url,
        headers: who ? { authorization: `Bearer ${who.token}` } : {},
        ...(payload !== undefined && { payload }),
      });
      return { statusCode: response.statusCode, body: response.body ? response.json() : undefined, headers: response.headers };
    },
    async coach() {
      const id = randomUUID();
      const created = await harness.call(admin, 'POST', '/coaches', { id, email: `coach-${id}@example.test`, firstName: 'Casey', lastName: `Coach${++sequence}` });
      if (created.statusCode !== 201) throw new Error(`coach creation failed: ${JSON.stringify(created.body)}`);
      return caller(id, 'coach');
    },
    async compliantCompetitor(coach, overrides = {}) {
      const n = ++sequence;
      const created = await harness.call(coach, 'POST', '/competitors', {
        firstName: 'Ada',
        lastName: `Lovelace${n}`,
        email: `ada.${n}.${coach.id.slice(0, 8)}@students.example.test`,
        division: 'high_school',
        schoolId: 'school-1',
        regionId: 'region-1',
        ...overrides,
      });
      if (created.statusCode !== 201) throw new Error(`competitor creation failed: ${JSON.stringify(created.body)}`);
      const confirmed = await harness.call(coach, 'POST', `/competitors/${created.body.id}/compliance`);
      if (confirmed.body.status !== 'compliance') throw new Error(`compliance failed: ${JSON.stringify(confirmed.body)}`);
      return created.body.id as string;
    },
    async settledOnboarding(who, competitorId) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const { body } = await harness.call(who, 'GET', `/competitors/${competitorId}/game-platform`);
        if (body.state !== 'pending' || Date.now() > deadline) return body;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await worker?.close();
      await api.close();
      await sim.close();
      await env.teardown();
    },
  };
  return harness;
}
